-- core_t_282: table 282 of the core module
CREATE TABLE core_t_282 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_282_name_idx ON core_t_282 (name);
INSERT INTO core_t_282 (name) VALUES ('first row of core_t_282'), ('second row');
