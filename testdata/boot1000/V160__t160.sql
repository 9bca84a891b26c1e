-- core_t_160: table 160 of the core module
CREATE TABLE core_t_160 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_160_name_idx ON core_t_160 (name);
INSERT INTO core_t_160 (name) VALUES ('first row of core_t_160'), ('second row');
