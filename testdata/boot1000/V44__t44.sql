-- core_t_44: table 44 of the core module
CREATE TABLE core_t_44 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_44_name_idx ON core_t_44 (name);
INSERT INTO core_t_44 (name) VALUES ('first row of core_t_44'), ('second row');
