-- core_t_107: table 107 of the core module
CREATE TABLE core_t_107 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_107_name_idx ON core_t_107 (name);
