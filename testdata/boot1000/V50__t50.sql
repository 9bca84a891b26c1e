-- core_t_50: table 50 of the core module
CREATE TABLE core_t_50 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_50_name_idx ON core_t_50 (name);
INSERT INTO core_t_50 (name) VALUES ('first row of core_t_50'), ('second row');
