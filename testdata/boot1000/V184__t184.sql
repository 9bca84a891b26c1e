-- core_t_184: table 184 of the core module
CREATE TABLE core_t_184 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_184_name_idx ON core_t_184 (name);
INSERT INTO core_t_184 (name) VALUES ('first row of core_t_184'), ('second row');
