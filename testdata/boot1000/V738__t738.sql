-- core_t_738: table 738 of the core module
CREATE TABLE core_t_738 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_738_name_idx ON core_t_738 (name);
INSERT INTO core_t_738 (name) VALUES ('first row of core_t_738'), ('second row');
