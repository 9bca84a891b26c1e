-- core_t_810: table 810 of the core module
CREATE TABLE core_t_810 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_810_name_idx ON core_t_810 (name);
INSERT INTO core_t_810 (name) VALUES ('first row of core_t_810'), ('second row');
