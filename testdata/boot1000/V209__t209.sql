-- core_t_209: table 209 of the core module
CREATE TABLE core_t_209 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_209_name_idx ON core_t_209 (name);
