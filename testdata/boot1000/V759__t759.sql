-- core_t_759: table 759 of the core module
CREATE TABLE core_t_759 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_759_name_idx ON core_t_759 (name);
