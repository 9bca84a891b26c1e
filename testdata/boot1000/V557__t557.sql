-- core_t_557: table 557 of the core module
CREATE TABLE core_t_557 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_557_name_idx ON core_t_557 (name);
