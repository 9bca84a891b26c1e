-- core_t_939: table 939 of the core module
CREATE TABLE core_t_939 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_939_name_idx ON core_t_939 (name);
