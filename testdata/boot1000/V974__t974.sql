-- core_t_974: table 974 of the core module
CREATE TABLE core_t_974 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_974_name_idx ON core_t_974 (name);
INSERT INTO core_t_974 (name) VALUES ('first row of core_t_974'), ('second row');
