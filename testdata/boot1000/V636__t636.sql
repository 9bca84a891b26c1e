-- core_t_636: table 636 of the core module
CREATE TABLE core_t_636 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_636_name_idx ON core_t_636 (name);
INSERT INTO core_t_636 (name) VALUES ('first row of core_t_636'), ('second row');
