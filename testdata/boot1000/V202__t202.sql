-- core_t_202: table 202 of the core module
CREATE TABLE core_t_202 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_202_name_idx ON core_t_202 (name);
INSERT INTO core_t_202 (name) VALUES ('first row of core_t_202'), ('second row');
