-- core_t_246: table 246 of the core module
CREATE TABLE core_t_246 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_246_name_idx ON core_t_246 (name);
INSERT INTO core_t_246 (name) VALUES ('first row of core_t_246'), ('second row');
