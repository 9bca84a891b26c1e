-- core_t_352: table 352 of the core module
CREATE TABLE core_t_352 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_352_name_idx ON core_t_352 (name);
INSERT INTO core_t_352 (name) VALUES ('first row of core_t_352'), ('second row');
