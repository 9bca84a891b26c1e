-- core_t_387: table 387 of the core module
CREATE TABLE core_t_387 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_387_name_idx ON core_t_387 (name);
