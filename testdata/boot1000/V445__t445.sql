-- core_t_445: table 445 of the core module
CREATE TABLE core_t_445 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_445_name_idx ON core_t_445 (name);
