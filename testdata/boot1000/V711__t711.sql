-- core_t_711: table 711 of the core module
CREATE TABLE core_t_711 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_711_name_idx ON core_t_711 (name);
