-- core_t_680: table 680 of the core module
CREATE TABLE core_t_680 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_680_name_idx ON core_t_680 (name);
INSERT INTO core_t_680 (name) VALUES ('first row of core_t_680'), ('second row');
