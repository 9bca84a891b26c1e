-- core_t_188: table 188 of the core module
CREATE TABLE core_t_188 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_188_name_idx ON core_t_188 (name);
INSERT INTO core_t_188 (name) VALUES ('first row of core_t_188'), ('second row');
