-- core_t_157: table 157 of the core module
CREATE TABLE core_t_157 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_157_name_idx ON core_t_157 (name);
