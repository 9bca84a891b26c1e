-- core_t_307: table 307 of the core module
CREATE TABLE core_t_307 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_307_name_idx ON core_t_307 (name);
