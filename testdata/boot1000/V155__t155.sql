-- core_t_155: table 155 of the core module
CREATE TABLE core_t_155 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_155_name_idx ON core_t_155 (name);
