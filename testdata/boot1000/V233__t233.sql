-- core_t_233: table 233 of the core module
CREATE TABLE core_t_233 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_233_name_idx ON core_t_233 (name);
