-- core_t_489: table 489 of the core module
CREATE TABLE core_t_489 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_489_name_idx ON core_t_489 (name);
