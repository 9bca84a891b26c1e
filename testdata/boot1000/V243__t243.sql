-- core_t_243: table 243 of the core module
CREATE TABLE core_t_243 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_243_name_idx ON core_t_243 (name);
