-- core_t_902: table 902 of the core module
CREATE TABLE core_t_902 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_902_name_idx ON core_t_902 (name);
INSERT INTO core_t_902 (name) VALUES ('first row of core_t_902'), ('second row');
