-- core_t_839: table 839 of the core module
CREATE TABLE core_t_839 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_839_name_idx ON core_t_839 (name);
