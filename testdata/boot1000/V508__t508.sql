-- core_t_508: table 508 of the core module
CREATE TABLE core_t_508 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_508_name_idx ON core_t_508 (name);
INSERT INTO core_t_508 (name) VALUES ('first row of core_t_508'), ('second row');
