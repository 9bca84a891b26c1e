-- core_t_81: table 81 of the core module
CREATE TABLE core_t_81 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_81_name_idx ON core_t_81 (name);
