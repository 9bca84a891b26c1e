-- core_t_322: table 322 of the core module
CREATE TABLE core_t_322 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_322_name_idx ON core_t_322 (name);
INSERT INTO core_t_322 (name) VALUES ('first row of core_t_322'), ('second row');
