-- core_t_334: table 334 of the core module
CREATE TABLE core_t_334 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_334_name_idx ON core_t_334 (name);
INSERT INTO core_t_334 (name) VALUES ('first row of core_t_334'), ('second row');
