-- core_t_102: table 102 of the core module
CREATE TABLE core_t_102 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_102_name_idx ON core_t_102 (name);
INSERT INTO core_t_102 (name) VALUES ('first row of core_t_102'), ('second row');
