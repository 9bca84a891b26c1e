-- core_t_792: table 792 of the core module
CREATE TABLE core_t_792 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_792_name_idx ON core_t_792 (name);
INSERT INTO core_t_792 (name) VALUES ('first row of core_t_792'), ('second row');
