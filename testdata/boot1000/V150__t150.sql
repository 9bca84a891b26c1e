-- core_t_150: table 150 of the core module
CREATE TABLE core_t_150 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_150_name_idx ON core_t_150 (name);
INSERT INTO core_t_150 (name) VALUES ('first row of core_t_150'), ('second row');
