-- core_t_305: table 305 of the core module
CREATE TABLE core_t_305 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_305_name_idx ON core_t_305 (name);
