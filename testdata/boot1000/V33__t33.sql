-- core_t_33: table 33 of the core module
CREATE TABLE core_t_33 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_33_name_idx ON core_t_33 (name);
