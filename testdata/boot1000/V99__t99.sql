-- core_t_99: table 99 of the core module
CREATE TABLE core_t_99 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_99_name_idx ON core_t_99 (name);
