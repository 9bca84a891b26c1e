-- core_t_144: table 144 of the core module
CREATE TABLE core_t_144 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_144_name_idx ON core_t_144 (name);
INSERT INTO core_t_144 (name) VALUES ('first row of core_t_144'), ('second row');
