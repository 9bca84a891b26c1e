-- core_t_916: table 916 of the core module
CREATE TABLE core_t_916 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_916_name_idx ON core_t_916 (name);
INSERT INTO core_t_916 (name) VALUES ('first row of core_t_916'), ('second row');
