-- core_t_710: table 710 of the core module
CREATE TABLE core_t_710 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_710_name_idx ON core_t_710 (name);
INSERT INTO core_t_710 (name) VALUES ('first row of core_t_710'), ('second row');
