-- core_t_910: table 910 of the core module
CREATE TABLE core_t_910 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_910_name_idx ON core_t_910 (name);
INSERT INTO core_t_910 (name) VALUES ('first row of core_t_910'), ('second row');
