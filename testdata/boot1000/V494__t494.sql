-- core_t_494: table 494 of the core module
CREATE TABLE core_t_494 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_494_name_idx ON core_t_494 (name);
INSERT INTO core_t_494 (name) VALUES ('first row of core_t_494'), ('second row');
