-- core_t_537: table 537 of the core module
CREATE TABLE core_t_537 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_537_name_idx ON core_t_537 (name);
