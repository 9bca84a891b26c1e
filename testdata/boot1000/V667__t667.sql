-- core_t_667: table 667 of the core module
CREATE TABLE core_t_667 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_667_name_idx ON core_t_667 (name);
