-- core_t_351: table 351 of the core module
CREATE TABLE core_t_351 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_351_name_idx ON core_t_351 (name);
