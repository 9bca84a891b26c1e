-- core_t_724: table 724 of the core module
CREATE TABLE core_t_724 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_724_name_idx ON core_t_724 (name);
INSERT INTO core_t_724 (name) VALUES ('first row of core_t_724'), ('second row');
