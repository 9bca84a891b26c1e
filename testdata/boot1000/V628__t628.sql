-- core_t_628: table 628 of the core module
CREATE TABLE core_t_628 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_628_name_idx ON core_t_628 (name);
INSERT INTO core_t_628 (name) VALUES ('first row of core_t_628'), ('second row');
