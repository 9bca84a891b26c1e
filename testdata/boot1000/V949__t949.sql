-- core_t_949: table 949 of the core module
CREATE TABLE core_t_949 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_949_name_idx ON core_t_949 (name);
