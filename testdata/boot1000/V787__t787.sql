-- core_t_787: table 787 of the core module
CREATE TABLE core_t_787 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_787_name_idx ON core_t_787 (name);
