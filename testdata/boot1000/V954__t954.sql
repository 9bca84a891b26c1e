-- core_t_954: table 954 of the core module
CREATE TABLE core_t_954 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_954_name_idx ON core_t_954 (name);
INSERT INTO core_t_954 (name) VALUES ('first row of core_t_954'), ('second row');
