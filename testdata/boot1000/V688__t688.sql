-- core_t_688: table 688 of the core module
CREATE TABLE core_t_688 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_688_name_idx ON core_t_688 (name);
INSERT INTO core_t_688 (name) VALUES ('first row of core_t_688'), ('second row');
