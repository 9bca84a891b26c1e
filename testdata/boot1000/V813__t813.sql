-- core_t_813: table 813 of the core module
CREATE TABLE core_t_813 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_813_name_idx ON core_t_813 (name);
