-- core_t_564: table 564 of the core module
CREATE TABLE core_t_564 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_564_name_idx ON core_t_564 (name);
INSERT INTO core_t_564 (name) VALUES ('first row of core_t_564'), ('second row');
