-- core_t_406: table 406 of the core module
CREATE TABLE core_t_406 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_406_name_idx ON core_t_406 (name);
INSERT INTO core_t_406 (name) VALUES ('first row of core_t_406'), ('second row');
