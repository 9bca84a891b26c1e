-- core_t_873: table 873 of the core module
CREATE TABLE core_t_873 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_873_name_idx ON core_t_873 (name);
