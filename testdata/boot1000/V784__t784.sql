-- core_t_784: table 784 of the core module
CREATE TABLE core_t_784 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_784_name_idx ON core_t_784 (name);
INSERT INTO core_t_784 (name) VALUES ('first row of core_t_784'), ('second row');
