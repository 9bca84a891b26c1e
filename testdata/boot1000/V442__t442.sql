-- core_t_442: table 442 of the core module
CREATE TABLE core_t_442 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_442_name_idx ON core_t_442 (name);
INSERT INTO core_t_442 (name) VALUES ('first row of core_t_442'), ('second row');
