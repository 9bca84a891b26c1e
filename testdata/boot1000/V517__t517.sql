-- core_t_517: table 517 of the core module
CREATE TABLE core_t_517 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_517_name_idx ON core_t_517 (name);
