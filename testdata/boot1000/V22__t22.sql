-- core_t_22: table 22 of the core module
CREATE TABLE core_t_22 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_22_name_idx ON core_t_22 (name);
INSERT INTO core_t_22 (name) VALUES ('first row of core_t_22'), ('second row');
