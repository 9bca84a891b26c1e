-- core_t_216: table 216 of the core module
CREATE TABLE core_t_216 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_216_name_idx ON core_t_216 (name);
INSERT INTO core_t_216 (name) VALUES ('first row of core_t_216'), ('second row');
