-- core_t_717: table 717 of the core module
CREATE TABLE core_t_717 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_717_name_idx ON core_t_717 (name);
