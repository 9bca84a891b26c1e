-- core_t_659: table 659 of the core module
CREATE TABLE core_t_659 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_659_name_idx ON core_t_659 (name);
