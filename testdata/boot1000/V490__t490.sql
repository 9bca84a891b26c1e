-- core_t_490: table 490 of the core module
CREATE TABLE core_t_490 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_490_name_idx ON core_t_490 (name);
INSERT INTO core_t_490 (name) VALUES ('first row of core_t_490'), ('second row');
