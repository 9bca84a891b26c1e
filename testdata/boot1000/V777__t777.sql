-- core_t_777: table 777 of the core module
CREATE TABLE core_t_777 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_777_name_idx ON core_t_777 (name);
