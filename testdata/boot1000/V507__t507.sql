-- core_t_507: table 507 of the core module
CREATE TABLE core_t_507 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_507_name_idx ON core_t_507 (name);
