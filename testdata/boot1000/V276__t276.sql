-- core_t_276: table 276 of the core module
CREATE TABLE core_t_276 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_276_name_idx ON core_t_276 (name);
INSERT INTO core_t_276 (name) VALUES ('first row of core_t_276'), ('second row');
