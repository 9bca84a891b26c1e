-- core_t_961: table 961 of the core module
CREATE TABLE core_t_961 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_961_name_idx ON core_t_961 (name);
