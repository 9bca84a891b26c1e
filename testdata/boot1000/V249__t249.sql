-- core_t_249: table 249 of the core module
CREATE TABLE core_t_249 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_249_name_idx ON core_t_249 (name);
