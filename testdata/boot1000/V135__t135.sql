-- core_t_135: table 135 of the core module
CREATE TABLE core_t_135 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_135_name_idx ON core_t_135 (name);
