-- core_t_180: table 180 of the core module
CREATE TABLE core_t_180 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_180_name_idx ON core_t_180 (name);
INSERT INTO core_t_180 (name) VALUES ('first row of core_t_180'), ('second row');
