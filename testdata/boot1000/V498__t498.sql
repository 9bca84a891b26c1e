-- core_t_498: table 498 of the core module
CREATE TABLE core_t_498 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_498_name_idx ON core_t_498 (name);
INSERT INTO core_t_498 (name) VALUES ('first row of core_t_498'), ('second row');
