-- core_t_232: table 232 of the core module
CREATE TABLE core_t_232 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_232_name_idx ON core_t_232 (name);
INSERT INTO core_t_232 (name) VALUES ('first row of core_t_232'), ('second row');
