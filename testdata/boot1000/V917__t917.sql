-- core_t_917: table 917 of the core module
CREATE TABLE core_t_917 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_917_name_idx ON core_t_917 (name);
