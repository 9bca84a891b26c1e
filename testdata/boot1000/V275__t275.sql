-- core_t_275: table 275 of the core module
CREATE TABLE core_t_275 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_275_name_idx ON core_t_275 (name);
