-- core_t_312: table 312 of the core module
CREATE TABLE core_t_312 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_312_name_idx ON core_t_312 (name);
INSERT INTO core_t_312 (name) VALUES ('first row of core_t_312'), ('second row');
