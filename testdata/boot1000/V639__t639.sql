-- core_t_639: table 639 of the core module
CREATE TABLE core_t_639 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_639_name_idx ON core_t_639 (name);
