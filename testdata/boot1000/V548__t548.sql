-- core_t_548: table 548 of the core module
CREATE TABLE core_t_548 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_548_name_idx ON core_t_548 (name);
INSERT INTO core_t_548 (name) VALUES ('first row of core_t_548'), ('second row');
