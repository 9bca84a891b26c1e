-- core_t_98: table 98 of the core module
CREATE TABLE core_t_98 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_98_name_idx ON core_t_98 (name);
INSERT INTO core_t_98 (name) VALUES ('first row of core_t_98'), ('second row');
