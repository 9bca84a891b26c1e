-- core_t_967: table 967 of the core module
CREATE TABLE core_t_967 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_967_name_idx ON core_t_967 (name);
