-- core_t_170: table 170 of the core module
CREATE TABLE core_t_170 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_170_name_idx ON core_t_170 (name);
INSERT INTO core_t_170 (name) VALUES ('first row of core_t_170'), ('second row');
