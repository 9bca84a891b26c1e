-- core_t_872: table 872 of the core module
CREATE TABLE core_t_872 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_872_name_idx ON core_t_872 (name);
INSERT INTO core_t_872 (name) VALUES ('first row of core_t_872'), ('second row');
