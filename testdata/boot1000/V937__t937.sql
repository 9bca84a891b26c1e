-- core_t_937: table 937 of the core module
CREATE TABLE core_t_937 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_937_name_idx ON core_t_937 (name);
