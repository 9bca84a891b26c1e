-- core_t_797: table 797 of the core module
CREATE TABLE core_t_797 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_797_name_idx ON core_t_797 (name);
