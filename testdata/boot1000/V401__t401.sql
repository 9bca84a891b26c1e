-- core_t_401: table 401 of the core module
CREATE TABLE core_t_401 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_401_name_idx ON core_t_401 (name);
