-- core_t_914: table 914 of the core module
CREATE TABLE core_t_914 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_914_name_idx ON core_t_914 (name);
INSERT INTO core_t_914 (name) VALUES ('first row of core_t_914'), ('second row');
