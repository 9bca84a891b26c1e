-- core_t_620: table 620 of the core module
CREATE TABLE core_t_620 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_620_name_idx ON core_t_620 (name);
INSERT INTO core_t_620 (name) VALUES ('first row of core_t_620'), ('second row');
