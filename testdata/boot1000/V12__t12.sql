-- core_t_12: table 12 of the core module
CREATE TABLE core_t_12 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_12_name_idx ON core_t_12 (name);
INSERT INTO core_t_12 (name) VALUES ('first row of core_t_12'), ('second row');
