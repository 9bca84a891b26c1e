-- core_t_288: table 288 of the core module
CREATE TABLE core_t_288 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_288_name_idx ON core_t_288 (name);
INSERT INTO core_t_288 (name) VALUES ('first row of core_t_288'), ('second row');
