-- core_t_847: table 847 of the core module
CREATE TABLE core_t_847 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_847_name_idx ON core_t_847 (name);
