-- core_t_186: table 186 of the core module
CREATE TABLE core_t_186 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_186_name_idx ON core_t_186 (name);
INSERT INTO core_t_186 (name) VALUES ('first row of core_t_186'), ('second row');
