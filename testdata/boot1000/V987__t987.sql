-- core_t_987: table 987 of the core module
CREATE TABLE core_t_987 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_987_name_idx ON core_t_987 (name);
