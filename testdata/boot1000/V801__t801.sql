-- core_t_801: table 801 of the core module
CREATE TABLE core_t_801 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_801_name_idx ON core_t_801 (name);
