-- core_t_651: table 651 of the core module
CREATE TABLE core_t_651 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_651_name_idx ON core_t_651 (name);
