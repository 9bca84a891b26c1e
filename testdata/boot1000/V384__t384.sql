-- core_t_384: table 384 of the core module
CREATE TABLE core_t_384 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_384_name_idx ON core_t_384 (name);
INSERT INTO core_t_384 (name) VALUES ('first row of core_t_384'), ('second row');
