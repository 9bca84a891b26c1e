-- core_t_128: table 128 of the core module
CREATE TABLE core_t_128 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_128_name_idx ON core_t_128 (name);
INSERT INTO core_t_128 (name) VALUES ('first row of core_t_128'), ('second row');
