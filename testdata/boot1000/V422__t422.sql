-- core_t_422: table 422 of the core module
CREATE TABLE core_t_422 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_422_name_idx ON core_t_422 (name);
INSERT INTO core_t_422 (name) VALUES ('first row of core_t_422'), ('second row');
