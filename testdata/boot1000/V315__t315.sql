-- core_t_315: table 315 of the core module
CREATE TABLE core_t_315 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_315_name_idx ON core_t_315 (name);
