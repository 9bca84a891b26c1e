-- core_t_501: table 501 of the core module
CREATE TABLE core_t_501 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_501_name_idx ON core_t_501 (name);
