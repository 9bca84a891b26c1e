-- core_t_903: table 903 of the core module
CREATE TABLE core_t_903 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_903_name_idx ON core_t_903 (name);
