-- core_t_723: table 723 of the core module
CREATE TABLE core_t_723 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_723_name_idx ON core_t_723 (name);
