-- core_t_648: table 648 of the core module
CREATE TABLE core_t_648 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_648_name_idx ON core_t_648 (name);
INSERT INTO core_t_648 (name) VALUES ('first row of core_t_648'), ('second row');
