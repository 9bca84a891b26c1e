-- core_t_781: table 781 of the core module
CREATE TABLE core_t_781 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_781_name_idx ON core_t_781 (name);
