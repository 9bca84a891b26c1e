-- core_t_863: table 863 of the core module
CREATE TABLE core_t_863 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_863_name_idx ON core_t_863 (name);
