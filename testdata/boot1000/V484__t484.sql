-- core_t_484: table 484 of the core module
CREATE TABLE core_t_484 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_484_name_idx ON core_t_484 (name);
INSERT INTO core_t_484 (name) VALUES ('first row of core_t_484'), ('second row');
