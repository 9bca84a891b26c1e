-- core_t_199: table 199 of the core module
CREATE TABLE core_t_199 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_199_name_idx ON core_t_199 (name);
