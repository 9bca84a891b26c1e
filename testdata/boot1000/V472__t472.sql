-- core_t_472: table 472 of the core module
CREATE TABLE core_t_472 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_472_name_idx ON core_t_472 (name);
INSERT INTO core_t_472 (name) VALUES ('first row of core_t_472'), ('second row');
