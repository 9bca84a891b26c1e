-- core_t_661: table 661 of the core module
CREATE TABLE core_t_661 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_661_name_idx ON core_t_661 (name);
