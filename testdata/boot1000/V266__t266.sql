-- core_t_266: table 266 of the core module
CREATE TABLE core_t_266 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_266_name_idx ON core_t_266 (name);
INSERT INTO core_t_266 (name) VALUES ('first row of core_t_266'), ('second row');
