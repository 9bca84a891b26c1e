-- core_t_57: table 57 of the core module
CREATE TABLE core_t_57 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_57_name_idx ON core_t_57 (name);
