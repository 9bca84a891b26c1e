-- core_t_571: table 571 of the core module
CREATE TABLE core_t_571 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_571_name_idx ON core_t_571 (name);
