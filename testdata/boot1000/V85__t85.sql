-- core_t_85: table 85 of the core module
CREATE TABLE core_t_85 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_85_name_idx ON core_t_85 (name);
