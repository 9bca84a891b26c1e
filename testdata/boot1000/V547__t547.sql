-- core_t_547: table 547 of the core module
CREATE TABLE core_t_547 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_547_name_idx ON core_t_547 (name);
