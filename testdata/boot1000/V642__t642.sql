-- core_t_642: table 642 of the core module
CREATE TABLE core_t_642 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_642_name_idx ON core_t_642 (name);
INSERT INTO core_t_642 (name) VALUES ('first row of core_t_642'), ('second row');
