-- core_t_695: table 695 of the core module
CREATE TABLE core_t_695 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_695_name_idx ON core_t_695 (name);
