-- core_t_701: table 701 of the core module
CREATE TABLE core_t_701 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_701_name_idx ON core_t_701 (name);
