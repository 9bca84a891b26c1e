-- core_t_749: table 749 of the core module
CREATE TABLE core_t_749 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_749_name_idx ON core_t_749 (name);
