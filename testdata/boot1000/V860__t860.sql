-- core_t_860: table 860 of the core module
CREATE TABLE core_t_860 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_860_name_idx ON core_t_860 (name);
INSERT INTO core_t_860 (name) VALUES ('first row of core_t_860'), ('second row');
