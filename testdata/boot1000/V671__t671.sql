-- core_t_671: table 671 of the core module
CREATE TABLE core_t_671 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_671_name_idx ON core_t_671 (name);
