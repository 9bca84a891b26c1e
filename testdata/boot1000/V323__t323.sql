-- core_t_323: table 323 of the core module
CREATE TABLE core_t_323 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_323_name_idx ON core_t_323 (name);
