-- core_t_195: table 195 of the core module
CREATE TABLE core_t_195 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_195_name_idx ON core_t_195 (name);
