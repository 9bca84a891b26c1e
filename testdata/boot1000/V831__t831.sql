-- core_t_831: table 831 of the core module
CREATE TABLE core_t_831 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_831_name_idx ON core_t_831 (name);
