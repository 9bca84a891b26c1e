-- core_t_74: table 74 of the core module
CREATE TABLE core_t_74 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_74_name_idx ON core_t_74 (name);
INSERT INTO core_t_74 (name) VALUES ('first row of core_t_74'), ('second row');
