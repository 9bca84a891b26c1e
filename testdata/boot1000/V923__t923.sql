-- core_t_923: table 923 of the core module
CREATE TABLE core_t_923 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_923_name_idx ON core_t_923 (name);
