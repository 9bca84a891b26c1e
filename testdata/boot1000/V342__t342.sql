-- core_t_342: table 342 of the core module
CREATE TABLE core_t_342 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_342_name_idx ON core_t_342 (name);
INSERT INTO core_t_342 (name) VALUES ('first row of core_t_342'), ('second row');
