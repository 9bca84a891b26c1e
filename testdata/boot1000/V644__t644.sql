-- core_t_644: table 644 of the core module
CREATE TABLE core_t_644 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_644_name_idx ON core_t_644 (name);
INSERT INTO core_t_644 (name) VALUES ('first row of core_t_644'), ('second row');
