-- core_t_303: table 303 of the core module
CREATE TABLE core_t_303 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_303_name_idx ON core_t_303 (name);
