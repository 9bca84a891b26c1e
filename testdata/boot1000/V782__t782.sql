-- core_t_782: table 782 of the core module
CREATE TABLE core_t_782 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_782_name_idx ON core_t_782 (name);
INSERT INTO core_t_782 (name) VALUES ('first row of core_t_782'), ('second row');
