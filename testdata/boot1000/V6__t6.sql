-- core_t_6: table 6 of the core module
CREATE TABLE core_t_6 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_6_name_idx ON core_t_6 (name);
INSERT INTO core_t_6 (name) VALUES ('first row of core_t_6'), ('second row');
