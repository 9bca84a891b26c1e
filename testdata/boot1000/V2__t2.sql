-- core_t_2: table 2 of the core module
CREATE TABLE core_t_2 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_2_name_idx ON core_t_2 (name);
INSERT INTO core_t_2 (name) VALUES ('first row of core_t_2'), ('second row');
