-- core_t_380: table 380 of the core module
CREATE TABLE core_t_380 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_380_name_idx ON core_t_380 (name);
INSERT INTO core_t_380 (name) VALUES ('first row of core_t_380'), ('second row');
