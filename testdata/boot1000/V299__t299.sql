-- core_t_299: table 299 of the core module
CREATE TABLE core_t_299 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_299_name_idx ON core_t_299 (name);
