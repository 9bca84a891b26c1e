-- core_t_358: table 358 of the core module
CREATE TABLE core_t_358 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_358_name_idx ON core_t_358 (name);
INSERT INTO core_t_358 (name) VALUES ('first row of core_t_358'), ('second row');
