-- core_t_900: table 900 of the core module
CREATE TABLE core_t_900 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_900_name_idx ON core_t_900 (name);
INSERT INTO core_t_900 (name) VALUES ('first row of core_t_900'), ('second row');
