-- core_t_565: table 565 of the core module
CREATE TABLE core_t_565 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_565_name_idx ON core_t_565 (name);
