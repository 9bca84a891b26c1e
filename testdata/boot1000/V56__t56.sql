-- core_t_56: table 56 of the core module
CREATE TABLE core_t_56 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_56_name_idx ON core_t_56 (name);
INSERT INTO core_t_56 (name) VALUES ('first row of core_t_56'), ('second row');
