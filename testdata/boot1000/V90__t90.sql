-- core_t_90: table 90 of the core module
CREATE TABLE core_t_90 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_90_name_idx ON core_t_90 (name);
INSERT INTO core_t_90 (name) VALUES ('first row of core_t_90'), ('second row');
