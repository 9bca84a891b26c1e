-- core_t_96: table 96 of the core module
CREATE TABLE core_t_96 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_96_name_idx ON core_t_96 (name);
INSERT INTO core_t_96 (name) VALUES ('first row of core_t_96'), ('second row');
