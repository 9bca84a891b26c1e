-- core_t_258: table 258 of the core module
CREATE TABLE core_t_258 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_258_name_idx ON core_t_258 (name);
INSERT INTO core_t_258 (name) VALUES ('first row of core_t_258'), ('second row');
