-- core_t_664: table 664 of the core module
CREATE TABLE core_t_664 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_664_name_idx ON core_t_664 (name);
INSERT INTO core_t_664 (name) VALUES ('first row of core_t_664'), ('second row');
