-- core_t_126: table 126 of the core module
CREATE TABLE core_t_126 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_126_name_idx ON core_t_126 (name);
INSERT INTO core_t_126 (name) VALUES ('first row of core_t_126'), ('second row');
