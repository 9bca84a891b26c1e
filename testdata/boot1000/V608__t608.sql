-- core_t_608: table 608 of the core module
CREATE TABLE core_t_608 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_608_name_idx ON core_t_608 (name);
INSERT INTO core_t_608 (name) VALUES ('first row of core_t_608'), ('second row');
