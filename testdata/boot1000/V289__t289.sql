-- core_t_289: table 289 of the core module
CREATE TABLE core_t_289 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_289_name_idx ON core_t_289 (name);
