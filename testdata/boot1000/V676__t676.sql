-- core_t_676: table 676 of the core module
CREATE TABLE core_t_676 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_676_name_idx ON core_t_676 (name);
INSERT INTO core_t_676 (name) VALUES ('first row of core_t_676'), ('second row');
