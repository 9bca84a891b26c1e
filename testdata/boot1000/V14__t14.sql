-- core_t_14: table 14 of the core module
CREATE TABLE core_t_14 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_14_name_idx ON core_t_14 (name);
INSERT INTO core_t_14 (name) VALUES ('first row of core_t_14'), ('second row');
