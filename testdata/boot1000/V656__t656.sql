-- core_t_656: table 656 of the core module
CREATE TABLE core_t_656 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_656_name_idx ON core_t_656 (name);
INSERT INTO core_t_656 (name) VALUES ('first row of core_t_656'), ('second row');
