-- core_t_192: table 192 of the core module
CREATE TABLE core_t_192 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_192_name_idx ON core_t_192 (name);
INSERT INTO core_t_192 (name) VALUES ('first row of core_t_192'), ('second row');
