-- core_t_228: table 228 of the core module
CREATE TABLE core_t_228 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_228_name_idx ON core_t_228 (name);
INSERT INTO core_t_228 (name) VALUES ('first row of core_t_228'), ('second row');
