-- core_t_30: table 30 of the core module
CREATE TABLE core_t_30 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_30_name_idx ON core_t_30 (name);
INSERT INTO core_t_30 (name) VALUES ('first row of core_t_30'), ('second row');
