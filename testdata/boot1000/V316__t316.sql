-- core_t_316: table 316 of the core module
CREATE TABLE core_t_316 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_316_name_idx ON core_t_316 (name);
INSERT INTO core_t_316 (name) VALUES ('first row of core_t_316'), ('second row');
