-- core_t_625: table 625 of the core module
CREATE TABLE core_t_625 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_625_name_idx ON core_t_625 (name);
