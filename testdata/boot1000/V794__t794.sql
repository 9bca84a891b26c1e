-- core_t_794: table 794 of the core module
CREATE TABLE core_t_794 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_794_name_idx ON core_t_794 (name);
INSERT INTO core_t_794 (name) VALUES ('first row of core_t_794'), ('second row');
