-- core_t_449: table 449 of the core module
CREATE TABLE core_t_449 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_449_name_idx ON core_t_449 (name);
