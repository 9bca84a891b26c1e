-- core_t_10: table 10 of the core module
CREATE TABLE core_t_10 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_10_name_idx ON core_t_10 (name);
INSERT INTO core_t_10 (name) VALUES ('first row of core_t_10'), ('second row');
