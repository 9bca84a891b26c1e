-- core_t_462: table 462 of the core module
CREATE TABLE core_t_462 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_462_name_idx ON core_t_462 (name);
INSERT INTO core_t_462 (name) VALUES ('first row of core_t_462'), ('second row');
