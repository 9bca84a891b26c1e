-- core_t_58: table 58 of the core module
CREATE TABLE core_t_58 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_58_name_idx ON core_t_58 (name);
INSERT INTO core_t_58 (name) VALUES ('first row of core_t_58'), ('second row');
