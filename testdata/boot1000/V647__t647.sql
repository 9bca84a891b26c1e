-- core_t_647: table 647 of the core module
CREATE TABLE core_t_647 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_647_name_idx ON core_t_647 (name);
