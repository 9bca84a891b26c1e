-- core_t_896: table 896 of the core module
CREATE TABLE core_t_896 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_896_name_idx ON core_t_896 (name);
INSERT INTO core_t_896 (name) VALUES ('first row of core_t_896'), ('second row');
