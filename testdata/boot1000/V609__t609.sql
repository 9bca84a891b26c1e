-- core_t_609: table 609 of the core module
CREATE TABLE core_t_609 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_609_name_idx ON core_t_609 (name);
