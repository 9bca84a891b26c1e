-- core_t_920: table 920 of the core module
CREATE TABLE core_t_920 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_920_name_idx ON core_t_920 (name);
INSERT INTO core_t_920 (name) VALUES ('first row of core_t_920'), ('second row');
