-- core_t_255: table 255 of the core module
CREATE TABLE core_t_255 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_255_name_idx ON core_t_255 (name);
