-- core_t_134: table 134 of the core module
CREATE TABLE core_t_134 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_134_name_idx ON core_t_134 (name);
INSERT INTO core_t_134 (name) VALUES ('first row of core_t_134'), ('second row');
