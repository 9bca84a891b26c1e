-- core_t_106: table 106 of the core module
CREATE TABLE core_t_106 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_106_name_idx ON core_t_106 (name);
INSERT INTO core_t_106 (name) VALUES ('first row of core_t_106'), ('second row');
