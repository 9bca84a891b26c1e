-- core_t_176: table 176 of the core module
CREATE TABLE core_t_176 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_176_name_idx ON core_t_176 (name);
INSERT INTO core_t_176 (name) VALUES ('first row of core_t_176'), ('second row');
