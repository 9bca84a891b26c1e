-- core_t_524: table 524 of the core module
CREATE TABLE core_t_524 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_524_name_idx ON core_t_524 (name);
INSERT INTO core_t_524 (name) VALUES ('first row of core_t_524'), ('second row');
