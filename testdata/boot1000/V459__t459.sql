-- core_t_459: table 459 of the core module
CREATE TABLE core_t_459 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_459_name_idx ON core_t_459 (name);
