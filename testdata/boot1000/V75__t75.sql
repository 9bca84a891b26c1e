-- core_t_75: table 75 of the core module
CREATE TABLE core_t_75 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_75_name_idx ON core_t_75 (name);
