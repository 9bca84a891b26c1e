-- core_t_511: table 511 of the core module
CREATE TABLE core_t_511 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_511_name_idx ON core_t_511 (name);
