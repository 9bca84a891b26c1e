-- core_t_851: table 851 of the core module
CREATE TABLE core_t_851 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_851_name_idx ON core_t_851 (name);
