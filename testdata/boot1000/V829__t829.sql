-- core_t_829: table 829 of the core module
CREATE TABLE core_t_829 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_829_name_idx ON core_t_829 (name);
