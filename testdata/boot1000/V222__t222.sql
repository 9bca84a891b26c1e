-- core_t_222: table 222 of the core module
CREATE TABLE core_t_222 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_222_name_idx ON core_t_222 (name);
INSERT INTO core_t_222 (name) VALUES ('first row of core_t_222'), ('second row');
