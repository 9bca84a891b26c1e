-- core_t_409: table 409 of the core module
CREATE TABLE core_t_409 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_409_name_idx ON core_t_409 (name);
