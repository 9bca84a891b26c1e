-- core_t_330: table 330 of the core module
CREATE TABLE core_t_330 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_330_name_idx ON core_t_330 (name);
INSERT INTO core_t_330 (name) VALUES ('first row of core_t_330'), ('second row');
