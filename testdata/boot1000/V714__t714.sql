-- core_t_714: table 714 of the core module
CREATE TABLE core_t_714 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_714_name_idx ON core_t_714 (name);
INSERT INTO core_t_714 (name) VALUES ('first row of core_t_714'), ('second row');
