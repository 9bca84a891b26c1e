-- core_t_980: table 980 of the core module
CREATE TABLE core_t_980 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_980_name_idx ON core_t_980 (name);
INSERT INTO core_t_980 (name) VALUES ('first row of core_t_980'), ('second row');
