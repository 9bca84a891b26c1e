-- core_t_265: table 265 of the core module
CREATE TABLE core_t_265 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_265_name_idx ON core_t_265 (name);
