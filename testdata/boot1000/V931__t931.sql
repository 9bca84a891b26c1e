-- core_t_931: table 931 of the core module
CREATE TABLE core_t_931 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_931_name_idx ON core_t_931 (name);
