-- core_t_922: table 922 of the core module
CREATE TABLE core_t_922 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_922_name_idx ON core_t_922 (name);
INSERT INTO core_t_922 (name) VALUES ('first row of core_t_922'), ('second row');
