-- core_t_118: table 118 of the core module
CREATE TABLE core_t_118 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_118_name_idx ON core_t_118 (name);
INSERT INTO core_t_118 (name) VALUES ('first row of core_t_118'), ('second row');
