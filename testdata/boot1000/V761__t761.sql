-- core_t_761: table 761 of the core module
CREATE TABLE core_t_761 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_761_name_idx ON core_t_761 (name);
