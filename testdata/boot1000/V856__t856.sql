-- core_t_856: table 856 of the core module
CREATE TABLE core_t_856 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_856_name_idx ON core_t_856 (name);
INSERT INTO core_t_856 (name) VALUES ('first row of core_t_856'), ('second row');
