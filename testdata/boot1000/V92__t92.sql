-- core_t_92: table 92 of the core module
CREATE TABLE core_t_92 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_92_name_idx ON core_t_92 (name);
INSERT INTO core_t_92 (name) VALUES ('first row of core_t_92'), ('second row');
