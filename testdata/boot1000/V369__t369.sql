-- core_t_369: table 369 of the core module
CREATE TABLE core_t_369 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_369_name_idx ON core_t_369 (name);
