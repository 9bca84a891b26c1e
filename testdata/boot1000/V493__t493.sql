-- core_t_493: table 493 of the core module
CREATE TABLE core_t_493 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_493_name_idx ON core_t_493 (name);
