-- core_t_166: table 166 of the core module
CREATE TABLE core_t_166 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_166_name_idx ON core_t_166 (name);
INSERT INTO core_t_166 (name) VALUES ('first row of core_t_166'), ('second row');
