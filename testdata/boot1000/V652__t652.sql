-- core_t_652: table 652 of the core module
CREATE TABLE core_t_652 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_652_name_idx ON core_t_652 (name);
INSERT INTO core_t_652 (name) VALUES ('first row of core_t_652'), ('second row');
