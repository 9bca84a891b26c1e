-- core_t_138: table 138 of the core module
CREATE TABLE core_t_138 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_138_name_idx ON core_t_138 (name);
INSERT INTO core_t_138 (name) VALUES ('first row of core_t_138'), ('second row');
