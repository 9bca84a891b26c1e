-- core_t_544: table 544 of the core module
CREATE TABLE core_t_544 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_544_name_idx ON core_t_544 (name);
INSERT INTO core_t_544 (name) VALUES ('first row of core_t_544'), ('second row');
