-- core_t_100: table 100 of the core module
CREATE TABLE core_t_100 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_100_name_idx ON core_t_100 (name);
INSERT INTO core_t_100 (name) VALUES ('first row of core_t_100'), ('second row');
