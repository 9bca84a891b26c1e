-- core_t_502: table 502 of the core module
CREATE TABLE core_t_502 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_502_name_idx ON core_t_502 (name);
INSERT INTO core_t_502 (name) VALUES ('first row of core_t_502'), ('second row');
