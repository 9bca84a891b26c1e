-- core_t_960: table 960 of the core module
CREATE TABLE core_t_960 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_960_name_idx ON core_t_960 (name);
INSERT INTO core_t_960 (name) VALUES ('first row of core_t_960'), ('second row');
