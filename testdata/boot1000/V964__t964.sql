-- core_t_964: table 964 of the core module
CREATE TABLE core_t_964 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_964_name_idx ON core_t_964 (name);
INSERT INTO core_t_964 (name) VALUES ('first row of core_t_964'), ('second row');
