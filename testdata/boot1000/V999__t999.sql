-- core_t_999: table 999 of the core module
CREATE TABLE core_t_999 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_999_name_idx ON core_t_999 (name);
