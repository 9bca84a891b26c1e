-- core_t_867: table 867 of the core module
CREATE TABLE core_t_867 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_867_name_idx ON core_t_867 (name);
