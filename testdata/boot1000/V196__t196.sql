-- core_t_196: table 196 of the core module
CREATE TABLE core_t_196 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_196_name_idx ON core_t_196 (name);
INSERT INTO core_t_196 (name) VALUES ('first row of core_t_196'), ('second row');
