-- core_t_500: table 500 of the core module
CREATE TABLE core_t_500 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_500_name_idx ON core_t_500 (name);
INSERT INTO core_t_500 (name) VALUES ('first row of core_t_500'), ('second row');
