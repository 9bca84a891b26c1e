-- core_t_194: table 194 of the core module
CREATE TABLE core_t_194 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_194_name_idx ON core_t_194 (name);
INSERT INTO core_t_194 (name) VALUES ('first row of core_t_194'), ('second row');
