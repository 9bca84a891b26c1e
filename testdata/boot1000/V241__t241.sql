-- core_t_241: table 241 of the core module
CREATE TABLE core_t_241 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_241_name_idx ON core_t_241 (name);
