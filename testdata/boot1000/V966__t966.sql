-- core_t_966: table 966 of the core module
CREATE TABLE core_t_966 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_966_name_idx ON core_t_966 (name);
INSERT INTO core_t_966 (name) VALUES ('first row of core_t_966'), ('second row');
