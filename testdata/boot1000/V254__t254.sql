-- core_t_254: table 254 of the core module
CREATE TABLE core_t_254 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_254_name_idx ON core_t_254 (name);
INSERT INTO core_t_254 (name) VALUES ('first row of core_t_254'), ('second row');
