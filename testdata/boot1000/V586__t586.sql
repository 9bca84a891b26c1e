-- core_t_586: table 586 of the core module
CREATE TABLE core_t_586 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_586_name_idx ON core_t_586 (name);
INSERT INTO core_t_586 (name) VALUES ('first row of core_t_586'), ('second row');
