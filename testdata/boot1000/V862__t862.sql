-- core_t_862: table 862 of the core module
CREATE TABLE core_t_862 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_862_name_idx ON core_t_862 (name);
INSERT INTO core_t_862 (name) VALUES ('first row of core_t_862'), ('second row');
