-- core_t_414: table 414 of the core module
CREATE TABLE core_t_414 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_414_name_idx ON core_t_414 (name);
INSERT INTO core_t_414 (name) VALUES ('first row of core_t_414'), ('second row');
