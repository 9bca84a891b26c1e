-- core_t_956: table 956 of the core module
CREATE TABLE core_t_956 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_956_name_idx ON core_t_956 (name);
INSERT INTO core_t_956 (name) VALUES ('first row of core_t_956'), ('second row');
