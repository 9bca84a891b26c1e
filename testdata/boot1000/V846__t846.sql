-- core_t_846: table 846 of the core module
CREATE TABLE core_t_846 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_846_name_idx ON core_t_846 (name);
INSERT INTO core_t_846 (name) VALUES ('first row of core_t_846'), ('second row');
