-- core_t_203: table 203 of the core module
CREATE TABLE core_t_203 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_203_name_idx ON core_t_203 (name);
