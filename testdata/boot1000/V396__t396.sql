-- core_t_396: table 396 of the core module
CREATE TABLE core_t_396 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_396_name_idx ON core_t_396 (name);
INSERT INTO core_t_396 (name) VALUES ('first row of core_t_396'), ('second row');
