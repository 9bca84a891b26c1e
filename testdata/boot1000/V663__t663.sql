-- core_t_663: table 663 of the core module
CREATE TABLE core_t_663 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_663_name_idx ON core_t_663 (name);
