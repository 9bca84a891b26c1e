-- core_t_844: table 844 of the core module
CREATE TABLE core_t_844 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_844_name_idx ON core_t_844 (name);
INSERT INTO core_t_844 (name) VALUES ('first row of core_t_844'), ('second row');
