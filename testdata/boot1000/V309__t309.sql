-- core_t_309: table 309 of the core module
CREATE TABLE core_t_309 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_309_name_idx ON core_t_309 (name);
