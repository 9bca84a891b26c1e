-- core_t_32: table 32 of the core module
CREATE TABLE core_t_32 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_32_name_idx ON core_t_32 (name);
INSERT INTO core_t_32 (name) VALUES ('first row of core_t_32'), ('second row');
