-- core_t_533: table 533 of the core module
CREATE TABLE core_t_533 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_533_name_idx ON core_t_533 (name);
