-- core_t_444: table 444 of the core module
CREATE TABLE core_t_444 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_444_name_idx ON core_t_444 (name);
INSERT INTO core_t_444 (name) VALUES ('first row of core_t_444'), ('second row');
