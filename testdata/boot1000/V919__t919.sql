-- core_t_919: table 919 of the core module
CREATE TABLE core_t_919 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_919_name_idx ON core_t_919 (name);
