-- core_t_848: table 848 of the core module
CREATE TABLE core_t_848 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_848_name_idx ON core_t_848 (name);
INSERT INTO core_t_848 (name) VALUES ('first row of core_t_848'), ('second row');
