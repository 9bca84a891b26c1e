-- core_t_940: table 940 of the core module
CREATE TABLE core_t_940 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_940_name_idx ON core_t_940 (name);
INSERT INTO core_t_940 (name) VALUES ('first row of core_t_940'), ('second row');
