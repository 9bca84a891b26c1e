-- core_t_470: table 470 of the core module
CREATE TABLE core_t_470 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_470_name_idx ON core_t_470 (name);
INSERT INTO core_t_470 (name) VALUES ('first row of core_t_470'), ('second row');
