-- core_t_424: table 424 of the core module
CREATE TABLE core_t_424 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_424_name_idx ON core_t_424 (name);
INSERT INTO core_t_424 (name) VALUES ('first row of core_t_424'), ('second row');
