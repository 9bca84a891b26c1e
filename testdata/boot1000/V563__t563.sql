-- core_t_563: table 563 of the core module
CREATE TABLE core_t_563 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_563_name_idx ON core_t_563 (name);
