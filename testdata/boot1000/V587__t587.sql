-- core_t_587: table 587 of the core module
CREATE TABLE core_t_587 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_587_name_idx ON core_t_587 (name);
