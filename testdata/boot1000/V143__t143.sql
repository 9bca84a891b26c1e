-- core_t_143: table 143 of the core module
CREATE TABLE core_t_143 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_143_name_idx ON core_t_143 (name);
