-- core_t_388: table 388 of the core module
CREATE TABLE core_t_388 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_388_name_idx ON core_t_388 (name);
INSERT INTO core_t_388 (name) VALUES ('first row of core_t_388'), ('second row');
