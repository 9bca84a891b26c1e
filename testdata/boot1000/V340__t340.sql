-- core_t_340: table 340 of the core module
CREATE TABLE core_t_340 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_340_name_idx ON core_t_340 (name);
INSERT INTO core_t_340 (name) VALUES ('first row of core_t_340'), ('second row');
