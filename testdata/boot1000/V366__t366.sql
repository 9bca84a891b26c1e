-- core_t_366: table 366 of the core module
CREATE TABLE core_t_366 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_366_name_idx ON core_t_366 (name);
INSERT INTO core_t_366 (name) VALUES ('first row of core_t_366'), ('second row');
