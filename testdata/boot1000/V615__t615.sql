-- core_t_615: table 615 of the core module
CREATE TABLE core_t_615 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_615_name_idx ON core_t_615 (name);
