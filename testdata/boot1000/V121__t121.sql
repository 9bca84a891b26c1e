-- core_t_121: table 121 of the core module
CREATE TABLE core_t_121 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_121_name_idx ON core_t_121 (name);
