-- core_t_250: table 250 of the core module
CREATE TABLE core_t_250 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_250_name_idx ON core_t_250 (name);
INSERT INTO core_t_250 (name) VALUES ('first row of core_t_250'), ('second row');
