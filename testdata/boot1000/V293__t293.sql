-- core_t_293: table 293 of the core module
CREATE TABLE core_t_293 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_293_name_idx ON core_t_293 (name);
