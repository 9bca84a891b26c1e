-- core_t_543: table 543 of the core module
CREATE TABLE core_t_543 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_543_name_idx ON core_t_543 (name);
