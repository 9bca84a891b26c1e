-- core_t_699: table 699 of the core module
CREATE TABLE core_t_699 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_699_name_idx ON core_t_699 (name);
