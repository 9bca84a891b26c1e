-- core_t_681: table 681 of the core module
CREATE TABLE core_t_681 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_681_name_idx ON core_t_681 (name);
