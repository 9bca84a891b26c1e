-- core_t_747: table 747 of the core module
CREATE TABLE core_t_747 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_747_name_idx ON core_t_747 (name);
