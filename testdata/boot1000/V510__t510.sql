-- core_t_510: table 510 of the core module
CREATE TABLE core_t_510 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_510_name_idx ON core_t_510 (name);
INSERT INTO core_t_510 (name) VALUES ('first row of core_t_510'), ('second row');
