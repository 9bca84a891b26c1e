-- core_t_448: table 448 of the core module
CREATE TABLE core_t_448 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_448_name_idx ON core_t_448 (name);
INSERT INTO core_t_448 (name) VALUES ('first row of core_t_448'), ('second row');
