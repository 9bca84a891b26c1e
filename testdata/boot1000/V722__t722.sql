-- core_t_722: table 722 of the core module
CREATE TABLE core_t_722 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_722_name_idx ON core_t_722 (name);
INSERT INTO core_t_722 (name) VALUES ('first row of core_t_722'), ('second row');
