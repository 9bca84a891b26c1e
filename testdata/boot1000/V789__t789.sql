-- core_t_789: table 789 of the core module
CREATE TABLE core_t_789 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_789_name_idx ON core_t_789 (name);
