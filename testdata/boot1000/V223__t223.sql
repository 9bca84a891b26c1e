-- core_t_223: table 223 of the core module
CREATE TABLE core_t_223 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_223_name_idx ON core_t_223 (name);
