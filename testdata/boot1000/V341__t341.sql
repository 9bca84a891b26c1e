-- core_t_341: table 341 of the core module
CREATE TABLE core_t_341 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_341_name_idx ON core_t_341 (name);
