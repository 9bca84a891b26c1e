-- core_t_476: table 476 of the core module
CREATE TABLE core_t_476 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_476_name_idx ON core_t_476 (name);
INSERT INTO core_t_476 (name) VALUES ('first row of core_t_476'), ('second row');
