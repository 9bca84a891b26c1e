-- core_t_87: table 87 of the core module
CREATE TABLE core_t_87 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_87_name_idx ON core_t_87 (name);
