-- core_t_452: table 452 of the core module
CREATE TABLE core_t_452 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_452_name_idx ON core_t_452 (name);
INSERT INTO core_t_452 (name) VALUES ('first row of core_t_452'), ('second row');
