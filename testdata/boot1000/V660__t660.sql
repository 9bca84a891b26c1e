-- core_t_660: table 660 of the core module
CREATE TABLE core_t_660 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_660_name_idx ON core_t_660 (name);
INSERT INTO core_t_660 (name) VALUES ('first row of core_t_660'), ('second row');
