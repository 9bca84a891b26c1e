-- core_t_116: table 116 of the core module
CREATE TABLE core_t_116 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_116_name_idx ON core_t_116 (name);
INSERT INTO core_t_116 (name) VALUES ('first row of core_t_116'), ('second row');
