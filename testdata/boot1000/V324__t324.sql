-- core_t_324: table 324 of the core module
CREATE TABLE core_t_324 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_324_name_idx ON core_t_324 (name);
INSERT INTO core_t_324 (name) VALUES ('first row of core_t_324'), ('second row');
