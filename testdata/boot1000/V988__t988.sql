-- core_t_988: table 988 of the core module
CREATE TABLE core_t_988 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_988_name_idx ON core_t_988 (name);
INSERT INTO core_t_988 (name) VALUES ('first row of core_t_988'), ('second row');
