-- core_t_292: table 292 of the core module
CREATE TABLE core_t_292 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_292_name_idx ON core_t_292 (name);
INSERT INTO core_t_292 (name) VALUES ('first row of core_t_292'), ('second row');
