-- core_t_456: table 456 of the core module
CREATE TABLE core_t_456 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_456_name_idx ON core_t_456 (name);
INSERT INTO core_t_456 (name) VALUES ('first row of core_t_456'), ('second row');
