-- core_t_164: table 164 of the core module
CREATE TABLE core_t_164 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_164_name_idx ON core_t_164 (name);
INSERT INTO core_t_164 (name) VALUES ('first row of core_t_164'), ('second row');
