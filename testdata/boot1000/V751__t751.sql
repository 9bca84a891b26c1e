-- core_t_751: table 751 of the core module
CREATE TABLE core_t_751 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_751_name_idx ON core_t_751 (name);
