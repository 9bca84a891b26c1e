-- core_t_741: table 741 of the core module
CREATE TABLE core_t_741 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_741_name_idx ON core_t_741 (name);
