-- core_t_870: table 870 of the core module
CREATE TABLE core_t_870 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_870_name_idx ON core_t_870 (name);
INSERT INTO core_t_870 (name) VALUES ('first row of core_t_870'), ('second row');
