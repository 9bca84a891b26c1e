-- core_t_398: table 398 of the core module
CREATE TABLE core_t_398 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_398_name_idx ON core_t_398 (name);
INSERT INTO core_t_398 (name) VALUES ('first row of core_t_398'), ('second row');
