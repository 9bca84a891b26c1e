-- core_t_190: table 190 of the core module
CREATE TABLE core_t_190 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_190_name_idx ON core_t_190 (name);
INSERT INTO core_t_190 (name) VALUES ('first row of core_t_190'), ('second row');
