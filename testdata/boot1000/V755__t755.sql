-- core_t_755: table 755 of the core module
CREATE TABLE core_t_755 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_755_name_idx ON core_t_755 (name);
