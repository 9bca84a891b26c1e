-- core_t_805: table 805 of the core module
CREATE TABLE core_t_805 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_805_name_idx ON core_t_805 (name);
