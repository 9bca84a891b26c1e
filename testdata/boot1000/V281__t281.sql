-- core_t_281: table 281 of the core module
CREATE TABLE core_t_281 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_281_name_idx ON core_t_281 (name);
