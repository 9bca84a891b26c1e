-- core_t_191: table 191 of the core module
CREATE TABLE core_t_191 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_191_name_idx ON core_t_191 (name);
