-- core_t_112: table 112 of the core module
CREATE TABLE core_t_112 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_112_name_idx ON core_t_112 (name);
INSERT INTO core_t_112 (name) VALUES ('first row of core_t_112'), ('second row');
