-- core_t_731: table 731 of the core module
CREATE TABLE core_t_731 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_731_name_idx ON core_t_731 (name);
