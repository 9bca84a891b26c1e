-- core_t_378: table 378 of the core module
CREATE TABLE core_t_378 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_378_name_idx ON core_t_378 (name);
INSERT INTO core_t_378 (name) VALUES ('first row of core_t_378'), ('second row');
