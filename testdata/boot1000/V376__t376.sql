-- core_t_376: table 376 of the core module
CREATE TABLE core_t_376 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_376_name_idx ON core_t_376 (name);
INSERT INTO core_t_376 (name) VALUES ('first row of core_t_376'), ('second row');
