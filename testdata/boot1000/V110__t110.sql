-- core_t_110: table 110 of the core module
CREATE TABLE core_t_110 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_110_name_idx ON core_t_110 (name);
INSERT INTO core_t_110 (name) VALUES ('first row of core_t_110'), ('second row');
