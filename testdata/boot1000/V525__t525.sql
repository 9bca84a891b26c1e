-- core_t_525: table 525 of the core module
CREATE TABLE core_t_525 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_525_name_idx ON core_t_525 (name);
