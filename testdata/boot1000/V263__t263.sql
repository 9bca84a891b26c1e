-- core_t_263: table 263 of the core module
CREATE TABLE core_t_263 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_263_name_idx ON core_t_263 (name);
