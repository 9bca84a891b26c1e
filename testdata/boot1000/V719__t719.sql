-- core_t_719: table 719 of the core module
CREATE TABLE core_t_719 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_719_name_idx ON core_t_719 (name);
