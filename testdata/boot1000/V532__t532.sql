-- core_t_532: table 532 of the core module
CREATE TABLE core_t_532 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_532_name_idx ON core_t_532 (name);
INSERT INTO core_t_532 (name) VALUES ('first row of core_t_532'), ('second row');
