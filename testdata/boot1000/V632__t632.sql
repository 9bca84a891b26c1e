-- core_t_632: table 632 of the core module
CREATE TABLE core_t_632 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_632_name_idx ON core_t_632 (name);
INSERT INTO core_t_632 (name) VALUES ('first row of core_t_632'), ('second row');
