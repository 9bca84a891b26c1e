-- core_t_721: table 721 of the core module
CREATE TABLE core_t_721 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_721_name_idx ON core_t_721 (name);
