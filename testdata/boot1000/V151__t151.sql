-- core_t_151: table 151 of the core module
CREATE TABLE core_t_151 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_151_name_idx ON core_t_151 (name);
