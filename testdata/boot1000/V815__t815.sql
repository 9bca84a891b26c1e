-- core_t_815: table 815 of the core module
CREATE TABLE core_t_815 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_815_name_idx ON core_t_815 (name);
