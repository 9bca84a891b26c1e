-- core_t_884: table 884 of the core module
CREATE TABLE core_t_884 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_884_name_idx ON core_t_884 (name);
INSERT INTO core_t_884 (name) VALUES ('first row of core_t_884'), ('second row');
