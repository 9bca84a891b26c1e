-- core_t_811: table 811 of the core module
CREATE TABLE core_t_811 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_811_name_idx ON core_t_811 (name);
