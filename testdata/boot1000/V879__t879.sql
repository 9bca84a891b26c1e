-- core_t_879: table 879 of the core module
CREATE TABLE core_t_879 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_879_name_idx ON core_t_879 (name);
