-- core_t_108: table 108 of the core module
CREATE TABLE core_t_108 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_108_name_idx ON core_t_108 (name);
INSERT INTO core_t_108 (name) VALUES ('first row of core_t_108'), ('second row');
