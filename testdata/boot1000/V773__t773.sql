-- core_t_773: table 773 of the core module
CREATE TABLE core_t_773 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_773_name_idx ON core_t_773 (name);
