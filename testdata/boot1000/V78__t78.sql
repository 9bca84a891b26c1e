-- core_t_78: table 78 of the core module
CREATE TABLE core_t_78 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_78_name_idx ON core_t_78 (name);
INSERT INTO core_t_78 (name) VALUES ('first row of core_t_78'), ('second row');
