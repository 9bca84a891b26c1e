-- core_t_86: table 86 of the core module
CREATE TABLE core_t_86 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_86_name_idx ON core_t_86 (name);
INSERT INTO core_t_86 (name) VALUES ('first row of core_t_86'), ('second row');
