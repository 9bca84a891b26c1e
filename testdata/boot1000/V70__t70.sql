-- core_t_70: table 70 of the core module
CREATE TABLE core_t_70 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_70_name_idx ON core_t_70 (name);
INSERT INTO core_t_70 (name) VALUES ('first row of core_t_70'), ('second row');
