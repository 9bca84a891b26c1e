-- core_t_244: table 244 of the core module
CREATE TABLE core_t_244 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_244_name_idx ON core_t_244 (name);
INSERT INTO core_t_244 (name) VALUES ('first row of core_t_244'), ('second row');
