-- core_t_985: table 985 of the core module
CREATE TABLE core_t_985 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_985_name_idx ON core_t_985 (name);
