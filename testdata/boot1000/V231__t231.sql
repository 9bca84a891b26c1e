-- core_t_231: table 231 of the core module
CREATE TABLE core_t_231 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_231_name_idx ON core_t_231 (name);
