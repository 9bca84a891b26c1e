-- core_t_769: table 769 of the core module
CREATE TABLE core_t_769 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_769_name_idx ON core_t_769 (name);
