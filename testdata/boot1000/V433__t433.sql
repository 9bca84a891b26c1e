-- core_t_433: table 433 of the core module
CREATE TABLE core_t_433 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_433_name_idx ON core_t_433 (name);
