-- core_t_552: table 552 of the core module
CREATE TABLE core_t_552 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_552_name_idx ON core_t_552 (name);
INSERT INTO core_t_552 (name) VALUES ('first row of core_t_552'), ('second row');
