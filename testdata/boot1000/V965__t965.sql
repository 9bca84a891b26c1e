-- core_t_965: table 965 of the core module
CREATE TABLE core_t_965 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_965_name_idx ON core_t_965 (name);
