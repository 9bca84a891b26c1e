-- core_t_619: table 619 of the core module
CREATE TABLE core_t_619 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_619_name_idx ON core_t_619 (name);
