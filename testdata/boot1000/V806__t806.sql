-- core_t_806: table 806 of the core module
CREATE TABLE core_t_806 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_806_name_idx ON core_t_806 (name);
INSERT INTO core_t_806 (name) VALUES ('first row of core_t_806'), ('second row');
