-- core_t_478: table 478 of the core module
CREATE TABLE core_t_478 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_478_name_idx ON core_t_478 (name);
INSERT INTO core_t_478 (name) VALUES ('first row of core_t_478'), ('second row');
