-- core_t_252: table 252 of the core module
CREATE TABLE core_t_252 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_252_name_idx ON core_t_252 (name);
INSERT INTO core_t_252 (name) VALUES ('first row of core_t_252'), ('second row');
