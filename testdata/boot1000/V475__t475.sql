-- core_t_475: table 475 of the core module
CREATE TABLE core_t_475 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_475_name_idx ON core_t_475 (name);
