-- core_t_284: table 284 of the core module
CREATE TABLE core_t_284 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_284_name_idx ON core_t_284 (name);
INSERT INTO core_t_284 (name) VALUES ('first row of core_t_284'), ('second row');
