-- core_t_793: table 793 of the core module
CREATE TABLE core_t_793 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_793_name_idx ON core_t_793 (name);
