-- core_t_605: table 605 of the core module
CREATE TABLE core_t_605 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_605_name_idx ON core_t_605 (name);
