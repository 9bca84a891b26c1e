-- core_t_53: table 53 of the core module
CREATE TABLE core_t_53 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_53_name_idx ON core_t_53 (name);
