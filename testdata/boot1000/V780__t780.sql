-- core_t_780: table 780 of the core module
CREATE TABLE core_t_780 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_780_name_idx ON core_t_780 (name);
INSERT INTO core_t_780 (name) VALUES ('first row of core_t_780'), ('second row');
