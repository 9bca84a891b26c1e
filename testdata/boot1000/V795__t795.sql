-- core_t_795: table 795 of the core module
CREATE TABLE core_t_795 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_795_name_idx ON core_t_795 (name);
