-- core_t_904: table 904 of the core module
CREATE TABLE core_t_904 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_904_name_idx ON core_t_904 (name);
INSERT INTO core_t_904 (name) VALUES ('first row of core_t_904'), ('second row');
