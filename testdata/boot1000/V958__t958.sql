-- core_t_958: table 958 of the core module
CREATE TABLE core_t_958 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_958_name_idx ON core_t_958 (name);
INSERT INTO core_t_958 (name) VALUES ('first row of core_t_958'), ('second row');
