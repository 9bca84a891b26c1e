-- core_t_120: table 120 of the core module
CREATE TABLE core_t_120 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_120_name_idx ON core_t_120 (name);
INSERT INTO core_t_120 (name) VALUES ('first row of core_t_120'), ('second row');
