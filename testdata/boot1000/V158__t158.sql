-- core_t_158: table 158 of the core module
CREATE TABLE core_t_158 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_158_name_idx ON core_t_158 (name);
INSERT INTO core_t_158 (name) VALUES ('first row of core_t_158'), ('second row');
