-- core_t_799: table 799 of the core module
CREATE TABLE core_t_799 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_799_name_idx ON core_t_799 (name);
