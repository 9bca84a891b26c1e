-- core_t_972: table 972 of the core module
CREATE TABLE core_t_972 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_972_name_idx ON core_t_972 (name);
INSERT INTO core_t_972 (name) VALUES ('first row of core_t_972'), ('second row');
