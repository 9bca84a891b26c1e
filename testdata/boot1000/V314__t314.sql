-- core_t_314: table 314 of the core module
CREATE TABLE core_t_314 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_314_name_idx ON core_t_314 (name);
INSERT INTO core_t_314 (name) VALUES ('first row of core_t_314'), ('second row');
