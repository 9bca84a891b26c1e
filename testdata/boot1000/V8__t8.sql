-- core_t_8: table 8 of the core module
CREATE TABLE core_t_8 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_8_name_idx ON core_t_8 (name);
INSERT INTO core_t_8 (name) VALUES ('first row of core_t_8'), ('second row');
