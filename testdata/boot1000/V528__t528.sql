-- core_t_528: table 528 of the core module
CREATE TABLE core_t_528 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_528_name_idx ON core_t_528 (name);
INSERT INTO core_t_528 (name) VALUES ('first row of core_t_528'), ('second row');
