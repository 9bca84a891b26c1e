-- core_t_513: table 513 of the core module
CREATE TABLE core_t_513 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_513_name_idx ON core_t_513 (name);
