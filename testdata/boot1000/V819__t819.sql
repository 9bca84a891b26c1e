-- core_t_819: table 819 of the core module
CREATE TABLE core_t_819 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_819_name_idx ON core_t_819 (name);
