-- core_t_918: table 918 of the core module
CREATE TABLE core_t_918 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_918_name_idx ON core_t_918 (name);
INSERT INTO core_t_918 (name) VALUES ('first row of core_t_918'), ('second row');
