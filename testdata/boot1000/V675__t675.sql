-- core_t_675: table 675 of the core module
CREATE TABLE core_t_675 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_675_name_idx ON core_t_675 (name);
