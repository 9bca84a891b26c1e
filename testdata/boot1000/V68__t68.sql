-- core_t_68: table 68 of the core module
CREATE TABLE core_t_68 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_68_name_idx ON core_t_68 (name);
INSERT INTO core_t_68 (name) VALUES ('first row of core_t_68'), ('second row');
