-- core_t_788: table 788 of the core module
CREATE TABLE core_t_788 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_788_name_idx ON core_t_788 (name);
INSERT INTO core_t_788 (name) VALUES ('first row of core_t_788'), ('second row');
