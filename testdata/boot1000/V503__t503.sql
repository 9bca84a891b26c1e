-- core_t_503: table 503 of the core module
CREATE TABLE core_t_503 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_503_name_idx ON core_t_503 (name);
