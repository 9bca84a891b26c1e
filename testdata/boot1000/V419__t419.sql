-- core_t_419: table 419 of the core module
CREATE TABLE core_t_419 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_419_name_idx ON core_t_419 (name);
