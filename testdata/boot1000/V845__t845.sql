-- core_t_845: table 845 of the core module
CREATE TABLE core_t_845 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_845_name_idx ON core_t_845 (name);
