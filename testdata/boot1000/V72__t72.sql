-- core_t_72: table 72 of the core module
CREATE TABLE core_t_72 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_72_name_idx ON core_t_72 (name);
INSERT INTO core_t_72 (name) VALUES ('first row of core_t_72'), ('second row');
