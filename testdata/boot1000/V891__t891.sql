-- core_t_891: table 891 of the core module
CREATE TABLE core_t_891 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_891_name_idx ON core_t_891 (name);
