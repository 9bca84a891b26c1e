-- core_t_240: table 240 of the core module
CREATE TABLE core_t_240 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_240_name_idx ON core_t_240 (name);
INSERT INTO core_t_240 (name) VALUES ('first row of core_t_240'), ('second row');
