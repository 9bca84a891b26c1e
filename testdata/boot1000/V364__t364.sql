-- core_t_364: table 364 of the core module
CREATE TABLE core_t_364 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_364_name_idx ON core_t_364 (name);
INSERT INTO core_t_364 (name) VALUES ('first row of core_t_364'), ('second row');
