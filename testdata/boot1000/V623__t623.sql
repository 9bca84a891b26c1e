-- core_t_623: table 623 of the core module
CREATE TABLE core_t_623 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_623_name_idx ON core_t_623 (name);
