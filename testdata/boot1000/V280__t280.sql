-- core_t_280: table 280 of the core module
CREATE TABLE core_t_280 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_280_name_idx ON core_t_280 (name);
INSERT INTO core_t_280 (name) VALUES ('first row of core_t_280'), ('second row');
