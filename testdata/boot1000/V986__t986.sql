-- core_t_986: table 986 of the core module
CREATE TABLE core_t_986 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_986_name_idx ON core_t_986 (name);
INSERT INTO core_t_986 (name) VALUES ('first row of core_t_986'), ('second row');
