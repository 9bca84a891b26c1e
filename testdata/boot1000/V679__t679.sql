-- core_t_679: table 679 of the core module
CREATE TABLE core_t_679 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_679_name_idx ON core_t_679 (name);
