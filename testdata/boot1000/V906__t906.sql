-- core_t_906: table 906 of the core module
CREATE TABLE core_t_906 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_906_name_idx ON core_t_906 (name);
INSERT INTO core_t_906 (name) VALUES ('first row of core_t_906'), ('second row');
