-- core_t_894: table 894 of the core module
CREATE TABLE core_t_894 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_894_name_idx ON core_t_894 (name);
INSERT INTO core_t_894 (name) VALUES ('first row of core_t_894'), ('second row');
