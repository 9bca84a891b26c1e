-- core_t_64: table 64 of the core module
CREATE TABLE core_t_64 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_64_name_idx ON core_t_64 (name);
INSERT INTO core_t_64 (name) VALUES ('first row of core_t_64'), ('second row');
