-- core_t_467: table 467 of the core module
CREATE TABLE core_t_467 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_467_name_idx ON core_t_467 (name);
