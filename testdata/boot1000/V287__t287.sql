-- core_t_287: table 287 of the core module
CREATE TABLE core_t_287 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_287_name_idx ON core_t_287 (name);
