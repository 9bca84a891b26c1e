-- core_t_427: table 427 of the core module
CREATE TABLE core_t_427 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_427_name_idx ON core_t_427 (name);
