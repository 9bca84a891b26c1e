-- core_t_51: table 51 of the core module
CREATE TABLE core_t_51 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_51_name_idx ON core_t_51 (name);
