-- core_t_993: table 993 of the core module
CREATE TABLE core_t_993 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_993_name_idx ON core_t_993 (name);
