-- core_t_934: table 934 of the core module
CREATE TABLE core_t_934 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_934_name_idx ON core_t_934 (name);
INSERT INTO core_t_934 (name) VALUES ('first row of core_t_934'), ('second row');
