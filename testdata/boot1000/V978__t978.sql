-- core_t_978: table 978 of the core module
CREATE TABLE core_t_978 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_978_name_idx ON core_t_978 (name);
INSERT INTO core_t_978 (name) VALUES ('first row of core_t_978'), ('second row');
