-- core_t_234: table 234 of the core module
CREATE TABLE core_t_234 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_234_name_idx ON core_t_234 (name);
INSERT INTO core_t_234 (name) VALUES ('first row of core_t_234'), ('second row');
