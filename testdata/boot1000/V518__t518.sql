-- core_t_518: table 518 of the core module
CREATE TABLE core_t_518 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_518_name_idx ON core_t_518 (name);
INSERT INTO core_t_518 (name) VALUES ('first row of core_t_518'), ('second row');
