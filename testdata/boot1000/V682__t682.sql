-- core_t_682: table 682 of the core module
CREATE TABLE core_t_682 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_682_name_idx ON core_t_682 (name);
INSERT INTO core_t_682 (name) VALUES ('first row of core_t_682'), ('second row');
