-- core_t_405: table 405 of the core module
CREATE TABLE core_t_405 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_405_name_idx ON core_t_405 (name);
