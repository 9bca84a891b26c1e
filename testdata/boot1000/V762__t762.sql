-- core_t_762: table 762 of the core module
CREATE TABLE core_t_762 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_762_name_idx ON core_t_762 (name);
INSERT INTO core_t_762 (name) VALUES ('first row of core_t_762'), ('second row');
