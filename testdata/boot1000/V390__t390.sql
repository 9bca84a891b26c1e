-- core_t_390: table 390 of the core module
CREATE TABLE core_t_390 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_390_name_idx ON core_t_390 (name);
INSERT INTO core_t_390 (name) VALUES ('first row of core_t_390'), ('second row');
