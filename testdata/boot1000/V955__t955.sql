-- core_t_955: table 955 of the core module
CREATE TABLE core_t_955 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_955_name_idx ON core_t_955 (name);
