-- core_t_649: table 649 of the core module
CREATE TABLE core_t_649 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_649_name_idx ON core_t_649 (name);
