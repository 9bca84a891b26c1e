-- core_t_911: table 911 of the core module
CREATE TABLE core_t_911 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_911_name_idx ON core_t_911 (name);
