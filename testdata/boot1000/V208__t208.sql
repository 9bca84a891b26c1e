-- core_t_208: table 208 of the core module
CREATE TABLE core_t_208 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_208_name_idx ON core_t_208 (name);
INSERT INTO core_t_208 (name) VALUES ('first row of core_t_208'), ('second row');
