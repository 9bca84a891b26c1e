-- core_t_727: table 727 of the core module
CREATE TABLE core_t_727 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_727_name_idx ON core_t_727 (name);
