-- core_t_429: table 429 of the core module
CREATE TABLE core_t_429 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_429_name_idx ON core_t_429 (name);
