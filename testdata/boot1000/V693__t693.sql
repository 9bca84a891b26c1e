-- core_t_693: table 693 of the core module
CREATE TABLE core_t_693 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_693_name_idx ON core_t_693 (name);
