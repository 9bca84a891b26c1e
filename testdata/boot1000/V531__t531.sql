-- core_t_531: table 531 of the core module
CREATE TABLE core_t_531 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_531_name_idx ON core_t_531 (name);
