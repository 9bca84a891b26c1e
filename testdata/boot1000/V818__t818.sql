-- core_t_818: table 818 of the core module
CREATE TABLE core_t_818 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_818_name_idx ON core_t_818 (name);
INSERT INTO core_t_818 (name) VALUES ('first row of core_t_818'), ('second row');
