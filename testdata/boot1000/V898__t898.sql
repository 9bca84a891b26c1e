-- core_t_898: table 898 of the core module
CREATE TABLE core_t_898 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_898_name_idx ON core_t_898 (name);
INSERT INTO core_t_898 (name) VALUES ('first row of core_t_898'), ('second row');
