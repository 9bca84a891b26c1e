-- core_t_715: table 715 of the core module
CREATE TABLE core_t_715 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_715_name_idx ON core_t_715 (name);
