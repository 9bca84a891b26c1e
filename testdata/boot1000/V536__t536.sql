-- core_t_536: table 536 of the core module
CREATE TABLE core_t_536 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_536_name_idx ON core_t_536 (name);
INSERT INTO core_t_536 (name) VALUES ('first row of core_t_536'), ('second row');
