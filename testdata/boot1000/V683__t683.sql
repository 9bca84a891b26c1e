-- core_t_683: table 683 of the core module
CREATE TABLE core_t_683 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_683_name_idx ON core_t_683 (name);
