-- core_t_104: table 104 of the core module
CREATE TABLE core_t_104 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_104_name_idx ON core_t_104 (name);
INSERT INTO core_t_104 (name) VALUES ('first row of core_t_104'), ('second row');
