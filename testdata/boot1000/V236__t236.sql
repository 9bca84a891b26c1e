-- core_t_236: table 236 of the core module
CREATE TABLE core_t_236 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_236_name_idx ON core_t_236 (name);
INSERT INTO core_t_236 (name) VALUES ('first row of core_t_236'), ('second row');
