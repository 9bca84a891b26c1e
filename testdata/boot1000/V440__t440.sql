-- core_t_440: table 440 of the core module
CREATE TABLE core_t_440 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_440_name_idx ON core_t_440 (name);
INSERT INTO core_t_440 (name) VALUES ('first row of core_t_440'), ('second row');
