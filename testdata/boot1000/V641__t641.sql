-- core_t_641: table 641 of the core module
CREATE TABLE core_t_641 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_641_name_idx ON core_t_641 (name);
