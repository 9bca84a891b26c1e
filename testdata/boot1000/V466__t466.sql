-- core_t_466: table 466 of the core module
CREATE TABLE core_t_466 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_466_name_idx ON core_t_466 (name);
INSERT INTO core_t_466 (name) VALUES ('first row of core_t_466'), ('second row');
