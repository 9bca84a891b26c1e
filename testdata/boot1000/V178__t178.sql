-- core_t_178: table 178 of the core module
CREATE TABLE core_t_178 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_178_name_idx ON core_t_178 (name);
INSERT INTO core_t_178 (name) VALUES ('first row of core_t_178'), ('second row');
