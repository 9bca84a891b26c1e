-- core_t_709: table 709 of the core module
CREATE TABLE core_t_709 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_709_name_idx ON core_t_709 (name);
