-- core_t_140: table 140 of the core module
CREATE TABLE core_t_140 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_140_name_idx ON core_t_140 (name);
INSERT INTO core_t_140 (name) VALUES ('first row of core_t_140'), ('second row');
