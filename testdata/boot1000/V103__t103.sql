-- core_t_103: table 103 of the core module
CREATE TABLE core_t_103 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_103_name_idx ON core_t_103 (name);
