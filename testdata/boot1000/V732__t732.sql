-- core_t_732: table 732 of the core module
CREATE TABLE core_t_732 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_732_name_idx ON core_t_732 (name);
INSERT INTO core_t_732 (name) VALUES ('first row of core_t_732'), ('second row');
