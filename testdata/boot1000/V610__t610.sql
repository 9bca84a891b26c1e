-- core_t_610: table 610 of the core module
CREATE TABLE core_t_610 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_610_name_idx ON core_t_610 (name);
INSERT INTO core_t_610 (name) VALUES ('first row of core_t_610'), ('second row');
