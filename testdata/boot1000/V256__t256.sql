-- core_t_256: table 256 of the core module
CREATE TABLE core_t_256 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_256_name_idx ON core_t_256 (name);
INSERT INTO core_t_256 (name) VALUES ('first row of core_t_256'), ('second row');
