-- core_t_436: table 436 of the core module
CREATE TABLE core_t_436 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_436_name_idx ON core_t_436 (name);
INSERT INTO core_t_436 (name) VALUES ('first row of core_t_436'), ('second row');
