-- core_t_942: table 942 of the core module
CREATE TABLE core_t_942 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_942_name_idx ON core_t_942 (name);
INSERT INTO core_t_942 (name) VALUES ('first row of core_t_942'), ('second row');
