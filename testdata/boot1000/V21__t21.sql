-- core_t_21: table 21 of the core module
CREATE TABLE core_t_21 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_21_name_idx ON core_t_21 (name);
