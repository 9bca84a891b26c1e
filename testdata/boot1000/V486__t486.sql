-- core_t_486: table 486 of the core module
CREATE TABLE core_t_486 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_486_name_idx ON core_t_486 (name);
INSERT INTO core_t_486 (name) VALUES ('first row of core_t_486'), ('second row');
