-- core_t_348: table 348 of the core module
CREATE TABLE core_t_348 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_348_name_idx ON core_t_348 (name);
INSERT INTO core_t_348 (name) VALUES ('first row of core_t_348'), ('second row');
