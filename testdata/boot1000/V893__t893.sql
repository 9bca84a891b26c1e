-- core_t_893: table 893 of the core module
CREATE TABLE core_t_893 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_893_name_idx ON core_t_893 (name);
