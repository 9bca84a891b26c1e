-- core_t_614: table 614 of the core module
CREATE TABLE core_t_614 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_614_name_idx ON core_t_614 (name);
INSERT INTO core_t_614 (name) VALUES ('first row of core_t_614'), ('second row');
