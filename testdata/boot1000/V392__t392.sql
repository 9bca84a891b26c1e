-- core_t_392: table 392 of the core module
CREATE TABLE core_t_392 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_392_name_idx ON core_t_392 (name);
INSERT INTO core_t_392 (name) VALUES ('first row of core_t_392'), ('second row');
