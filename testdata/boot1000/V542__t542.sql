-- core_t_542: table 542 of the core module
CREATE TABLE core_t_542 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_542_name_idx ON core_t_542 (name);
INSERT INTO core_t_542 (name) VALUES ('first row of core_t_542'), ('second row');
