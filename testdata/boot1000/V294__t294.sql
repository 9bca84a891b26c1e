-- core_t_294: table 294 of the core module
CREATE TABLE core_t_294 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_294_name_idx ON core_t_294 (name);
INSERT INTO core_t_294 (name) VALUES ('first row of core_t_294'), ('second row');
