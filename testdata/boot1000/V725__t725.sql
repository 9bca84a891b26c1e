-- core_t_725: table 725 of the core module
CREATE TABLE core_t_725 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_725_name_idx ON core_t_725 (name);
