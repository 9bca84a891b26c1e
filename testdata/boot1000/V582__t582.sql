-- core_t_582: table 582 of the core module
CREATE TABLE core_t_582 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_582_name_idx ON core_t_582 (name);
INSERT INTO core_t_582 (name) VALUES ('first row of core_t_582'), ('second row');
