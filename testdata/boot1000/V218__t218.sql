-- core_t_218: table 218 of the core module
CREATE TABLE core_t_218 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_218_name_idx ON core_t_218 (name);
INSERT INTO core_t_218 (name) VALUES ('first row of core_t_218'), ('second row');
