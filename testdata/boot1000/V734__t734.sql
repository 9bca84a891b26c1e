-- core_t_734: table 734 of the core module
CREATE TABLE core_t_734 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_734_name_idx ON core_t_734 (name);
INSERT INTO core_t_734 (name) VALUES ('first row of core_t_734'), ('second row');
