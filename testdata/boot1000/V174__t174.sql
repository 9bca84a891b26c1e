-- core_t_174: table 174 of the core module
CREATE TABLE core_t_174 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_174_name_idx ON core_t_174 (name);
INSERT INTO core_t_174 (name) VALUES ('first row of core_t_174'), ('second row');
