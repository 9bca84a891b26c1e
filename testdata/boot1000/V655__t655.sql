-- core_t_655: table 655 of the core module
CREATE TABLE core_t_655 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_655_name_idx ON core_t_655 (name);
