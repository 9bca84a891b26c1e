-- core_t_670: table 670 of the core module
CREATE TABLE core_t_670 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_670_name_idx ON core_t_670 (name);
INSERT INTO core_t_670 (name) VALUES ('first row of core_t_670'), ('second row');
