-- core_t_481: table 481 of the core module
CREATE TABLE core_t_481 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_481_name_idx ON core_t_481 (name);
