-- core_t_941: table 941 of the core module
CREATE TABLE core_t_941 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_941_name_idx ON core_t_941 (name);
