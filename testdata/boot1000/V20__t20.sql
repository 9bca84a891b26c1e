-- core_t_20: table 20 of the core module
CREATE TABLE core_t_20 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_20_name_idx ON core_t_20 (name);
INSERT INTO core_t_20 (name) VALUES ('first row of core_t_20'), ('second row');
