-- core_t_945: table 945 of the core module
CREATE TABLE core_t_945 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_945_name_idx ON core_t_945 (name);
