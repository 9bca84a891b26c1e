-- core_t_88: table 88 of the core module
CREATE TABLE core_t_88 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_88_name_idx ON core_t_88 (name);
INSERT INTO core_t_88 (name) VALUES ('first row of core_t_88'), ('second row');
