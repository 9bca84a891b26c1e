-- core_t_996: table 996 of the core module
CREATE TABLE core_t_996 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_996_name_idx ON core_t_996 (name);
INSERT INTO core_t_996 (name) VALUES ('first row of core_t_996'), ('second row');
