-- core_t_599: table 599 of the core module
CREATE TABLE core_t_599 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_599_name_idx ON core_t_599 (name);
