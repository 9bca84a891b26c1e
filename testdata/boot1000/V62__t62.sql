-- core_t_62: table 62 of the core module
CREATE TABLE core_t_62 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_62_name_idx ON core_t_62 (name);
INSERT INTO core_t_62 (name) VALUES ('first row of core_t_62'), ('second row');
