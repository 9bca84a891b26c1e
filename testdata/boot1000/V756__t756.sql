-- core_t_756: table 756 of the core module
CREATE TABLE core_t_756 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_756_name_idx ON core_t_756 (name);
INSERT INTO core_t_756 (name) VALUES ('first row of core_t_756'), ('second row');
