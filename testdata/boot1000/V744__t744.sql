-- core_t_744: table 744 of the core module
CREATE TABLE core_t_744 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_744_name_idx ON core_t_744 (name);
INSERT INTO core_t_744 (name) VALUES ('first row of core_t_744'), ('second row');
