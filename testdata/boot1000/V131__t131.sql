-- core_t_131: table 131 of the core module
CREATE TABLE core_t_131 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_131_name_idx ON core_t_131 (name);
