-- core_t_499: table 499 of the core module
CREATE TABLE core_t_499 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_499_name_idx ON core_t_499 (name);
