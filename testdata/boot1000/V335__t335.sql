-- core_t_335: table 335 of the core module
CREATE TABLE core_t_335 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_335_name_idx ON core_t_335 (name);
