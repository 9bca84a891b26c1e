-- core_t_310: table 310 of the core module
CREATE TABLE core_t_310 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_310_name_idx ON core_t_310 (name);
INSERT INTO core_t_310 (name) VALUES ('first row of core_t_310'), ('second row');
