-- core_t_820: table 820 of the core module
CREATE TABLE core_t_820 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_820_name_idx ON core_t_820 (name);
INSERT INTO core_t_820 (name) VALUES ('first row of core_t_820'), ('second row');
