-- core_t_213: table 213 of the core module
CREATE TABLE core_t_213 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_213_name_idx ON core_t_213 (name);
