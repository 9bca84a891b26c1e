-- core_t_122: table 122 of the core module
CREATE TABLE core_t_122 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_122_name_idx ON core_t_122 (name);
INSERT INTO core_t_122 (name) VALUES ('first row of core_t_122'), ('second row');
