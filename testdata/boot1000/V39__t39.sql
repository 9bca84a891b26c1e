-- core_t_39: table 39 of the core module
CREATE TABLE core_t_39 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_39_name_idx ON core_t_39 (name);
