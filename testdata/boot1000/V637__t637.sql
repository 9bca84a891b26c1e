-- core_t_637: table 637 of the core module
CREATE TABLE core_t_637 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_637_name_idx ON core_t_637 (name);
