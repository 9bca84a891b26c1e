-- core_t_347: table 347 of the core module
CREATE TABLE core_t_347 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_347_name_idx ON core_t_347 (name);
