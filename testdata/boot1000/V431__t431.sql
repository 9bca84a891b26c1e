-- core_t_431: table 431 of the core module
CREATE TABLE core_t_431 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_431_name_idx ON core_t_431 (name);
