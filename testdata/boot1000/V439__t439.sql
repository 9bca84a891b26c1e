-- core_t_439: table 439 of the core module
CREATE TABLE core_t_439 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_439_name_idx ON core_t_439 (name);
