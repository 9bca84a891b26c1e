-- core_t_59: table 59 of the core module
CREATE TABLE core_t_59 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_59_name_idx ON core_t_59 (name);
