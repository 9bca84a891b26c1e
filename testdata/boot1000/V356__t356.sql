-- core_t_356: table 356 of the core module
CREATE TABLE core_t_356 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_356_name_idx ON core_t_356 (name);
INSERT INTO core_t_356 (name) VALUES ('first row of core_t_356'), ('second row');
