-- core_t_189: table 189 of the core module
CREATE TABLE core_t_189 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_189_name_idx ON core_t_189 (name);
