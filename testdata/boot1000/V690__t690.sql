-- core_t_690: table 690 of the core module
CREATE TABLE core_t_690 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_690_name_idx ON core_t_690 (name);
INSERT INTO core_t_690 (name) VALUES ('first row of core_t_690'), ('second row');
