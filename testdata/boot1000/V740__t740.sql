-- core_t_740: table 740 of the core module
CREATE TABLE core_t_740 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_740_name_idx ON core_t_740 (name);
INSERT INTO core_t_740 (name) VALUES ('first row of core_t_740'), ('second row');
