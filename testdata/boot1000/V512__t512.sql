-- core_t_512: table 512 of the core module
CREATE TABLE core_t_512 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_512_name_idx ON core_t_512 (name);
INSERT INTO core_t_512 (name) VALUES ('first row of core_t_512'), ('second row');
