-- core_t_514: table 514 of the core module
CREATE TABLE core_t_514 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_514_name_idx ON core_t_514 (name);
INSERT INTO core_t_514 (name) VALUES ('first row of core_t_514'), ('second row');
