-- core_t_362: table 362 of the core module
CREATE TABLE core_t_362 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_362_name_idx ON core_t_362 (name);
INSERT INTO core_t_362 (name) VALUES ('first row of core_t_362'), ('second row');
