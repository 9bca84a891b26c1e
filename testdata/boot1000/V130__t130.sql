-- core_t_130: table 130 of the core module
CREATE TABLE core_t_130 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_130_name_idx ON core_t_130 (name);
INSERT INTO core_t_130 (name) VALUES ('first row of core_t_130'), ('second row');
