-- core_t_165: table 165 of the core module
CREATE TABLE core_t_165 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_165_name_idx ON core_t_165 (name);
