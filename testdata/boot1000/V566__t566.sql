-- core_t_566: table 566 of the core module
CREATE TABLE core_t_566 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_566_name_idx ON core_t_566 (name);
INSERT INTO core_t_566 (name) VALUES ('first row of core_t_566'), ('second row');
