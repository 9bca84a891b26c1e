-- core_t_212: table 212 of the core module
CREATE TABLE core_t_212 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_212_name_idx ON core_t_212 (name);
INSERT INTO core_t_212 (name) VALUES ('first row of core_t_212'), ('second row');
