-- core_t_400: table 400 of the core module
CREATE TABLE core_t_400 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_400_name_idx ON core_t_400 (name);
INSERT INTO core_t_400 (name) VALUES ('first row of core_t_400'), ('second row');
