-- core_t_930: table 930 of the core module
CREATE TABLE core_t_930 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_930_name_idx ON core_t_930 (name);
INSERT INTO core_t_930 (name) VALUES ('first row of core_t_930'), ('second row');
