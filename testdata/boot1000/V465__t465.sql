-- core_t_465: table 465 of the core module
CREATE TABLE core_t_465 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_465_name_idx ON core_t_465 (name);
