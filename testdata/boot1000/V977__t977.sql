-- core_t_977: table 977 of the core module
CREATE TABLE core_t_977 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_977_name_idx ON core_t_977 (name);
