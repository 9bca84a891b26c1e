-- core_t_469: table 469 of the core module
CREATE TABLE core_t_469 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_469_name_idx ON core_t_469 (name);
