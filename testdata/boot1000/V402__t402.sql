-- core_t_402: table 402 of the core module
CREATE TABLE core_t_402 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_402_name_idx ON core_t_402 (name);
INSERT INTO core_t_402 (name) VALUES ('first row of core_t_402'), ('second row');
