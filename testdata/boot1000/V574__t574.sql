-- core_t_574: table 574 of the core module
CREATE TABLE core_t_574 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_574_name_idx ON core_t_574 (name);
INSERT INTO core_t_574 (name) VALUES ('first row of core_t_574'), ('second row');
