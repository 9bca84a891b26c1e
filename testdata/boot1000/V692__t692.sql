-- core_t_692: table 692 of the core module
CREATE TABLE core_t_692 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_692_name_idx ON core_t_692 (name);
INSERT INTO core_t_692 (name) VALUES ('first row of core_t_692'), ('second row');
