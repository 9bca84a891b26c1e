-- core_t_947: table 947 of the core module
CREATE TABLE core_t_947 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_947_name_idx ON core_t_947 (name);
