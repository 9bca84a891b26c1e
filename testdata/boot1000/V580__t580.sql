-- core_t_580: table 580 of the core module
CREATE TABLE core_t_580 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_580_name_idx ON core_t_580 (name);
INSERT INTO core_t_580 (name) VALUES ('first row of core_t_580'), ('second row');
