-- core_t_408: table 408 of the core module
CREATE TABLE core_t_408 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_408_name_idx ON core_t_408 (name);
INSERT INTO core_t_408 (name) VALUES ('first row of core_t_408'), ('second row');
