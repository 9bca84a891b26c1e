-- core_t_471: table 471 of the core module
CREATE TABLE core_t_471 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_471_name_idx ON core_t_471 (name);
