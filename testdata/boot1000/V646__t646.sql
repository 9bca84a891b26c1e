-- core_t_646: table 646 of the core module
CREATE TABLE core_t_646 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_646_name_idx ON core_t_646 (name);
INSERT INTO core_t_646 (name) VALUES ('first row of core_t_646'), ('second row');
