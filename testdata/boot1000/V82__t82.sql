-- core_t_82: table 82 of the core module
CREATE TABLE core_t_82 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_82_name_idx ON core_t_82 (name);
INSERT INTO core_t_82 (name) VALUES ('first row of core_t_82'), ('second row');
