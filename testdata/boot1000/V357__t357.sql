-- core_t_357: table 357 of the core module
CREATE TABLE core_t_357 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_357_name_idx ON core_t_357 (name);
