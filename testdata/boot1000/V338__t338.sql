-- core_t_338: table 338 of the core module
CREATE TABLE core_t_338 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_338_name_idx ON core_t_338 (name);
INSERT INTO core_t_338 (name) VALUES ('first row of core_t_338'), ('second row');
