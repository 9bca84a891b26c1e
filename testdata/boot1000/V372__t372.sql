-- core_t_372: table 372 of the core module
CREATE TABLE core_t_372 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_372_name_idx ON core_t_372 (name);
INSERT INTO core_t_372 (name) VALUES ('first row of core_t_372'), ('second row');
