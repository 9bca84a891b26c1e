-- core_t_612: table 612 of the core module
CREATE TABLE core_t_612 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_612_name_idx ON core_t_612 (name);
INSERT INTO core_t_612 (name) VALUES ('first row of core_t_612'), ('second row');
