-- core_t_857: table 857 of the core module
CREATE TABLE core_t_857 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_857_name_idx ON core_t_857 (name);
