-- core_t_775: table 775 of the core module
CREATE TABLE core_t_775 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_775_name_idx ON core_t_775 (name);
