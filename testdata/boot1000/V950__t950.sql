-- core_t_950: table 950 of the core module
CREATE TABLE core_t_950 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_950_name_idx ON core_t_950 (name);
INSERT INTO core_t_950 (name) VALUES ('first row of core_t_950'), ('second row');
