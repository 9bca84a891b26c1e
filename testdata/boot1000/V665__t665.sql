-- core_t_665: table 665 of the core module
CREATE TABLE core_t_665 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_665_name_idx ON core_t_665 (name);
