-- core_t_926: table 926 of the core module
CREATE TABLE core_t_926 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_926_name_idx ON core_t_926 (name);
INSERT INTO core_t_926 (name) VALUES ('first row of core_t_926'), ('second row');
