-- core_t_757: table 757 of the core module
CREATE TABLE core_t_757 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_757_name_idx ON core_t_757 (name);
