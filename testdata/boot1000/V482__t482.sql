-- core_t_482: table 482 of the core module
CREATE TABLE core_t_482 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_482_name_idx ON core_t_482 (name);
INSERT INTO core_t_482 (name) VALUES ('first row of core_t_482'), ('second row');
