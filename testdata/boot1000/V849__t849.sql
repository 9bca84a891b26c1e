-- core_t_849: table 849 of the core module
CREATE TABLE core_t_849 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_849_name_idx ON core_t_849 (name);
