-- core_t_948: table 948 of the core module
CREATE TABLE core_t_948 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_948_name_idx ON core_t_948 (name);
INSERT INTO core_t_948 (name) VALUES ('first row of core_t_948'), ('second row');
