-- core_t_93: table 93 of the core module
CREATE TABLE core_t_93 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_93_name_idx ON core_t_93 (name);
