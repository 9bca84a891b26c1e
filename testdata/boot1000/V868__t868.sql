-- core_t_868: table 868 of the core module
CREATE TABLE core_t_868 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_868_name_idx ON core_t_868 (name);
INSERT INTO core_t_868 (name) VALUES ('first row of core_t_868'), ('second row');
