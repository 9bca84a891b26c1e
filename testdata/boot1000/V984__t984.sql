-- core_t_984: table 984 of the core module
CREATE TABLE core_t_984 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_984_name_idx ON core_t_984 (name);
INSERT INTO core_t_984 (name) VALUES ('first row of core_t_984'), ('second row');
