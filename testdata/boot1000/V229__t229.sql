-- core_t_229: table 229 of the core module
CREATE TABLE core_t_229 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_229_name_idx ON core_t_229 (name);
