-- core_t_71: table 71 of the core module
CREATE TABLE core_t_71 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_71_name_idx ON core_t_71 (name);
