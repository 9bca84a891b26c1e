-- core_t_553: table 553 of the core module
CREATE TABLE core_t_553 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_553_name_idx ON core_t_553 (name);
