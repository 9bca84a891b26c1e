-- core_t_361: table 361 of the core module
CREATE TABLE core_t_361 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_361_name_idx ON core_t_361 (name);
