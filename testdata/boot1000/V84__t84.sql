-- core_t_84: table 84 of the core module
CREATE TABLE core_t_84 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_84_name_idx ON core_t_84 (name);
INSERT INTO core_t_84 (name) VALUES ('first row of core_t_84'), ('second row');
