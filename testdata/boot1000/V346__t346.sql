-- core_t_346: table 346 of the core module
CREATE TABLE core_t_346 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_346_name_idx ON core_t_346 (name);
INSERT INTO core_t_346 (name) VALUES ('first row of core_t_346'), ('second row');
