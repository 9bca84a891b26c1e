-- core_t_210: table 210 of the core module
CREATE TABLE core_t_210 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_210_name_idx ON core_t_210 (name);
INSERT INTO core_t_210 (name) VALUES ('first row of core_t_210'), ('second row');
