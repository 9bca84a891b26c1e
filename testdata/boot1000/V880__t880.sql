-- core_t_880: table 880 of the core module
CREATE TABLE core_t_880 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_880_name_idx ON core_t_880 (name);
INSERT INTO core_t_880 (name) VALUES ('first row of core_t_880'), ('second row');
