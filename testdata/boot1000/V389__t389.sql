-- core_t_389: table 389 of the core module
CREATE TABLE core_t_389 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_389_name_idx ON core_t_389 (name);
