-- core_t_836: table 836 of the core module
CREATE TABLE core_t_836 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_836_name_idx ON core_t_836 (name);
INSERT INTO core_t_836 (name) VALUES ('first row of core_t_836'), ('second row');
