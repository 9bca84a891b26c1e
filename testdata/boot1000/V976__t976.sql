-- core_t_976: table 976 of the core module
CREATE TABLE core_t_976 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_976_name_idx ON core_t_976 (name);
INSERT INTO core_t_976 (name) VALUES ('first row of core_t_976'), ('second row');
