-- core_t_248: table 248 of the core module
CREATE TABLE core_t_248 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_248_name_idx ON core_t_248 (name);
INSERT INTO core_t_248 (name) VALUES ('first row of core_t_248'), ('second row');
