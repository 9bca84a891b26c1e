-- core_t_455: table 455 of the core module
CREATE TABLE core_t_455 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_455_name_idx ON core_t_455 (name);
