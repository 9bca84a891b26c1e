-- core_t_809: table 809 of the core module
CREATE TABLE core_t_809 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_809_name_idx ON core_t_809 (name);
