-- core_t_859: table 859 of the core module
CREATE TABLE core_t_859 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_859_name_idx ON core_t_859 (name);
