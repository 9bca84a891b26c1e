-- core_t_18: table 18 of the core module
CREATE TABLE core_t_18 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_18_name_idx ON core_t_18 (name);
INSERT INTO core_t_18 (name) VALUES ('first row of core_t_18'), ('second row');
