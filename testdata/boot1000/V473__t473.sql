-- core_t_473: table 473 of the core module
CREATE TABLE core_t_473 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_473_name_idx ON core_t_473 (name);
