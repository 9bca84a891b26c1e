-- core_t_36: table 36 of the core module
CREATE TABLE core_t_36 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_36_name_idx ON core_t_36 (name);
INSERT INTO core_t_36 (name) VALUES ('first row of core_t_36'), ('second row');
