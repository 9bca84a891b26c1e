-- core_t_480: table 480 of the core module
CREATE TABLE core_t_480 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_480_name_idx ON core_t_480 (name);
INSERT INTO core_t_480 (name) VALUES ('first row of core_t_480'), ('second row');
