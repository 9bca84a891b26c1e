-- core_t_379: table 379 of the core module
CREATE TABLE core_t_379 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_379_name_idx ON core_t_379 (name);
