-- core_t_611: table 611 of the core module
CREATE TABLE core_t_611 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_611_name_idx ON core_t_611 (name);
