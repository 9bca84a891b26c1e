-- core_t_227: table 227 of the core module
CREATE TABLE core_t_227 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_227_name_idx ON core_t_227 (name);
