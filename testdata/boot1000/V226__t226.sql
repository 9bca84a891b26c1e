-- core_t_226: table 226 of the core module
CREATE TABLE core_t_226 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_226_name_idx ON core_t_226 (name);
INSERT INTO core_t_226 (name) VALUES ('first row of core_t_226'), ('second row');
