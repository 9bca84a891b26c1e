-- core_t_882: table 882 of the core module
CREATE TABLE core_t_882 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_882_name_idx ON core_t_882 (name);
INSERT INTO core_t_882 (name) VALUES ('first row of core_t_882'), ('second row');
