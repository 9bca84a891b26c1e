-- core_t_750: table 750 of the core module
CREATE TABLE core_t_750 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_750_name_idx ON core_t_750 (name);
INSERT INTO core_t_750 (name) VALUES ('first row of core_t_750'), ('second row');
