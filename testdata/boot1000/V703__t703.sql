-- core_t_703: table 703 of the core module
CREATE TABLE core_t_703 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_703_name_idx ON core_t_703 (name);
