-- core_t_733: table 733 of the core module
CREATE TABLE core_t_733 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_733_name_idx ON core_t_733 (name);
