-- core_t_593: table 593 of the core module
CREATE TABLE core_t_593 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_593_name_idx ON core_t_593 (name);
