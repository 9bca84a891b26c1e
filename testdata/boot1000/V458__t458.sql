-- core_t_458: table 458 of the core module
CREATE TABLE core_t_458 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_458_name_idx ON core_t_458 (name);
INSERT INTO core_t_458 (name) VALUES ('first row of core_t_458'), ('second row');
