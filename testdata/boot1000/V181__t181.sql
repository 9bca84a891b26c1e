-- core_t_181: table 181 of the core module
CREATE TABLE core_t_181 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_181_name_idx ON core_t_181 (name);
