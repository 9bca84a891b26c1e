-- core_t_204: table 204 of the core module
CREATE TABLE core_t_204 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_204_name_idx ON core_t_204 (name);
INSERT INTO core_t_204 (name) VALUES ('first row of core_t_204'), ('second row');
