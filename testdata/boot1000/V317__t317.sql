-- core_t_317: table 317 of the core module
CREATE TABLE core_t_317 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_317_name_idx ON core_t_317 (name);
