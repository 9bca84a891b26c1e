-- core_t_332: table 332 of the core module
CREATE TABLE core_t_332 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_332_name_idx ON core_t_332 (name);
INSERT INTO core_t_332 (name) VALUES ('first row of core_t_332'), ('second row');
