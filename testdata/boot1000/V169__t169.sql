-- core_t_169: table 169 of the core module
CREATE TABLE core_t_169 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_169_name_idx ON core_t_169 (name);
