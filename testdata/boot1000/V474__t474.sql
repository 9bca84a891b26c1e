-- core_t_474: table 474 of the core module
CREATE TABLE core_t_474 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_474_name_idx ON core_t_474 (name);
INSERT INTO core_t_474 (name) VALUES ('first row of core_t_474'), ('second row');
