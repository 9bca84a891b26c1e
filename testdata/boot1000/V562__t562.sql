-- core_t_562: table 562 of the core module
CREATE TABLE core_t_562 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_562_name_idx ON core_t_562 (name);
INSERT INTO core_t_562 (name) VALUES ('first row of core_t_562'), ('second row');
