-- core_t_613: table 613 of the core module
CREATE TABLE core_t_613 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_613_name_idx ON core_t_613 (name);
