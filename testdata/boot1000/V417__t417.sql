-- core_t_417: table 417 of the core module
CREATE TABLE core_t_417 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_417_name_idx ON core_t_417 (name);
