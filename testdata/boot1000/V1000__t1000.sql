-- core_t_1000: table 1000 of the core module
CREATE TABLE core_t_1000 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_1000_name_idx ON core_t_1000 (name);
INSERT INTO core_t_1000 (name) VALUES ('first row of core_t_1000'), ('second row');
