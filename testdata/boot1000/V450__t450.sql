-- core_t_450: table 450 of the core module
CREATE TABLE core_t_450 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_450_name_idx ON core_t_450 (name);
INSERT INTO core_t_450 (name) VALUES ('first row of core_t_450'), ('second row');
