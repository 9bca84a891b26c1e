-- core_t_716: table 716 of the core module
CREATE TABLE core_t_716 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_716_name_idx ON core_t_716 (name);
INSERT INTO core_t_716 (name) VALUES ('first row of core_t_716'), ('second row');
