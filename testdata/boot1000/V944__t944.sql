-- core_t_944: table 944 of the core module
CREATE TABLE core_t_944 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_944_name_idx ON core_t_944 (name);
INSERT INTO core_t_944 (name) VALUES ('first row of core_t_944'), ('second row');
