-- core_t_953: table 953 of the core module
CREATE TABLE core_t_953 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_953_name_idx ON core_t_953 (name);
