-- core_t_767: table 767 of the core module
CREATE TABLE core_t_767 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_767_name_idx ON core_t_767 (name);
