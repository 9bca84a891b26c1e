-- core_t_479: table 479 of the core module
CREATE TABLE core_t_479 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_479_name_idx ON core_t_479 (name);
