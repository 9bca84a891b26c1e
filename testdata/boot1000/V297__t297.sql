-- core_t_297: table 297 of the core module
CREATE TABLE core_t_297 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_297_name_idx ON core_t_297 (name);
