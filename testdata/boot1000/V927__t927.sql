-- core_t_927: table 927 of the core module
CREATE TABLE core_t_927 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_927_name_idx ON core_t_927 (name);
