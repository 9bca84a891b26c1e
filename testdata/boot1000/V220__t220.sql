-- core_t_220: table 220 of the core module
CREATE TABLE core_t_220 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_220_name_idx ON core_t_220 (name);
INSERT INTO core_t_220 (name) VALUES ('first row of core_t_220'), ('second row');
