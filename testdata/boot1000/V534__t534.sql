-- core_t_534: table 534 of the core module
CREATE TABLE core_t_534 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_534_name_idx ON core_t_534 (name);
INSERT INTO core_t_534 (name) VALUES ('first row of core_t_534'), ('second row');
