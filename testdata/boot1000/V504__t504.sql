-- core_t_504: table 504 of the core module
CREATE TABLE core_t_504 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_504_name_idx ON core_t_504 (name);
INSERT INTO core_t_504 (name) VALUES ('first row of core_t_504'), ('second row');
