-- core_t_354: table 354 of the core module
CREATE TABLE core_t_354 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_354_name_idx ON core_t_354 (name);
INSERT INTO core_t_354 (name) VALUES ('first row of core_t_354'), ('second row');
