-- core_t_687: table 687 of the core module
CREATE TABLE core_t_687 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_687_name_idx ON core_t_687 (name);
