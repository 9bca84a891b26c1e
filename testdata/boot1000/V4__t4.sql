-- core_t_4: table 4 of the core module
CREATE TABLE core_t_4 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_4_name_idx ON core_t_4 (name);
INSERT INTO core_t_4 (name) VALUES ('first row of core_t_4'), ('second row');
