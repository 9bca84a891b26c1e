-- core_t_527: table 527 of the core module
CREATE TABLE core_t_527 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_527_name_idx ON core_t_527 (name);
