-- core_t_897: table 897 of the core module
CREATE TABLE core_t_897 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_897_name_idx ON core_t_897 (name);
