-- core_t_77: table 77 of the core module
CREATE TABLE core_t_77 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_77_name_idx ON core_t_77 (name);
