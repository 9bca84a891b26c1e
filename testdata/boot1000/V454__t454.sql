-- core_t_454: table 454 of the core module
CREATE TABLE core_t_454 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_454_name_idx ON core_t_454 (name);
INSERT INTO core_t_454 (name) VALUES ('first row of core_t_454'), ('second row');
