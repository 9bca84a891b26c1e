-- core_t_488: table 488 of the core module
CREATE TABLE core_t_488 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_488_name_idx ON core_t_488 (name);
INSERT INTO core_t_488 (name) VALUES ('first row of core_t_488'), ('second row');
