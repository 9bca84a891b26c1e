-- core_t_764: table 764 of the core module
CREATE TABLE core_t_764 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_764_name_idx ON core_t_764 (name);
INSERT INTO core_t_764 (name) VALUES ('first row of core_t_764'), ('second row');
