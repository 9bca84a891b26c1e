-- core_t_909: table 909 of the core module
CREATE TABLE core_t_909 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_909_name_idx ON core_t_909 (name);
