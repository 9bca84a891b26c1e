-- core_t_441: table 441 of the core module
CREATE TABLE core_t_441 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_441_name_idx ON core_t_441 (name);
