-- core_t_990: table 990 of the core module
CREATE TABLE core_t_990 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_990_name_idx ON core_t_990 (name);
INSERT INTO core_t_990 (name) VALUES ('first row of core_t_990'), ('second row');
