-- core_t_224: table 224 of the core module
CREATE TABLE core_t_224 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_224_name_idx ON core_t_224 (name);
INSERT INTO core_t_224 (name) VALUES ('first row of core_t_224'), ('second row');
