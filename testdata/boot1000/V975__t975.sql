-- core_t_975: table 975 of the core module
CREATE TABLE core_t_975 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_975_name_idx ON core_t_975 (name);
