-- core_t_907: table 907 of the core module
CREATE TABLE core_t_907 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_907_name_idx ON core_t_907 (name);
