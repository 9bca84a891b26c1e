-- core_t_522: table 522 of the core module
CREATE TABLE core_t_522 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_522_name_idx ON core_t_522 (name);
INSERT INTO core_t_522 (name) VALUES ('first row of core_t_522'), ('second row');
